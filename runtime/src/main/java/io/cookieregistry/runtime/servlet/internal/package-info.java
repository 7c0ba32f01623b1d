/**
 * Servlet helpers that the filter shares with the container integrations. <strong>Not
 * API:</strong> anything here may change or go in any release.
 */
package io.cookieregistry.runtime.servlet.internal;
