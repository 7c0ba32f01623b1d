package io.cookieregistry.example;

import io.cookieregistry.runtime.policy.PolicyFormat;
import io.cookieregistry.runtime.policy.PolicyLanguage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** The cookie policy the processor generated into this application's jar, in each format. */
final class GeneratedPolicy {
  private GeneratedPolicy() {}

  /**
   * The policy text.
   *
   * @throws IllegalStateException when the resource is missing (the processor did not run)
   */
  static String read(PolicyFormat format) throws IOException {
    return read(format, PolicyLanguage.ENGLISH);
  }

  /** The policy text in a language; see {@link #read(PolicyFormat)}. */
  static String read(PolicyFormat format, PolicyLanguage language) throws IOException {
    String path = format.resourcePath(language);
    try (InputStream in = GeneratedPolicy.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException(path + " is missing: was the example"
            + " compiled with the Cookie Registry processor?");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
