/**
 * Helpers that the annotation processor, the generated registries and the integrations (servlet
 * filter, containers) share with the runtime. <strong>Not API:</strong> anything here may change or
 * go in any release; applications use {@code io.cookieregistry.runtime} and its {@code policy} and
 * {@code servlet} packages.
 */
package io.cookieregistry.runtime.internal;
