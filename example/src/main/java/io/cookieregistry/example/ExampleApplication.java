package io.cookieregistry.example;

import io.cookieregistry.runtime.policy.PolicyFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Starts the example. {@code --print-policy} prints the generated Markdown policy and exits. */
public final class ExampleApplication {
  private ExampleApplication() {}

  public static void main(String[] args) throws IOException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    out.print(policy(PolicyFormat.MARKDOWN));
  }

  /** The policy the processor generated into this application's jar. */
  static String policy(PolicyFormat format) throws IOException {
    try (InputStream in = ExampleApplication.class.getClassLoader()
        .getResourceAsStream(format.resourcePath())) {
      if (in == null) {
        throw new IllegalStateException(format.resourcePath() + " is missing: was the example"
            + " compiled with the Cookie Registry processor?");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
