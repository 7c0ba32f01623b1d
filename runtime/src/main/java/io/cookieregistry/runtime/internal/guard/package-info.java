/**
 * What the servlet filter and the container integrations share about guarding a response, on top
 * of the runtime's API. <strong>Not API:</strong> anything here may change or go in any release.
 */
package io.cookieregistry.runtime.internal.guard;
