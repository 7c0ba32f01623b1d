/** The cookies that the frameworks of this application write, declared once for all of it. */
@DeclaredCookie(name = "XSRF-TOKEN", category = CookieCategory.NECESSARY,
    purpose = "Protects forms against cross-site request forgery",
    provider = "Spring Security")
package com.example.app;

import io.cookieregistry.CookieCategory;
import io.cookieregistry.DeclaredCookie;
