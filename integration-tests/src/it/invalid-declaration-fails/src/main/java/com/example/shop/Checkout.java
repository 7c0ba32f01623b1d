package com.example.shop;

import io.cookieregistry.CookieCategory;
import io.cookieregistry.DeclaredCookie;

@DeclaredCookie(name = "cart", category = CookieCategory.NECESSARY,
    purpose = "To keep the basket between pages")
@DeclaredCookie(name = "bad name", category = CookieCategory.NECESSARY,
    purpose = "A space is not allowed in a cookie name")
class Checkout {}
