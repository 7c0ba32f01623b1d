/**
 * The example application: a data platform that sets the cookies of the Opendatasoft policy and
 * ships the policy that the processor generates from their declarations.
 */
@CookieProvider("Opendatasoft")
package io.cookieregistry.example;

import io.cookieregistry.CookieProvider;
