/**
 * Declarations of the cookies an application sets: {@link io.cookieregistry.DeclaredCookie},
 * {@link io.cookieregistry.CookieProvider}, {@link io.cookieregistry.CookieName} and {@link
 * io.cookieregistry.CookieCategory}. Read at compile time by the Cookie Registry processor; none of
 * them is retained at run time.
 */
package io.cookieregistry;
