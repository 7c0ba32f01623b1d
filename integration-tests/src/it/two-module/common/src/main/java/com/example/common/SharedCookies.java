package com.example.common;

import io.cookieregistry.CookieCategory;
import io.cookieregistry.DeclaredCookie;

/** Declares a cookie that other modules write; this module writes none. */
@DeclaredCookie(name = "shared_cookie", category = CookieCategory.PREFERENCES,
    purpose = "To remember the visitor's display settings")
public final class SharedCookies {
  private SharedCookies() {}
}
