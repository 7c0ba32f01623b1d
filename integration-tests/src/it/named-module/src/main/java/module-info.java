/** A named module (JPMS) that declares and writes cookies, and provides its registry. */
module com.example.shop {
  requires io.cookieregistry.annotations;
  requires io.cookieregistry.runtime;
  requires jakarta.servlet;

  provides io.cookieregistry.runtime.CookieRegistryProvider with com.example.shop.ShopCookies;
}
