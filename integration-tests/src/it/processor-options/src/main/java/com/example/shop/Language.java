package com.example.shop;

import io.cookieregistry.CookieCategory;
import io.cookieregistry.DeclaredCookie;
import java.net.HttpCookie;

@DeclaredCookie(name = "lang", category = CookieCategory.PREFERENCES,
    purpose = "To show the shop in the visitor's language", duration = "P1Y")
class Language {
  HttpCookie remember(String language) {
    return new HttpCookie("lang", language);
  }
}
