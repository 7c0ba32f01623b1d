/** Declared on the package: the declaration reaches dependent modules all the same. */
@DeclaredCookie(name = "theme", category = CookieCategory.PREFERENCES,
    purpose = "To remember the visitor's colour theme")
package com.example.common;

import io.cookieregistry.CookieCategory;
import io.cookieregistry.DeclaredCookie;
