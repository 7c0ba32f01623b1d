package io.cookieregistry.example;

import io.cookieregistry.runtime.policy.PolicyFormat;
import io.cookieregistry.runtime.policy.PolicyLanguage;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Starts the example web application, guarded by the cookie guard in ENFORCE mode.
 *
 * <pre>
 * java -jar cookie-registry-example.jar [--host 127.0.0.1] [--port 8080]   (0: any free port)
 * java -jar cookie-registry-example.jar --print-policy [--lang fr]          (prints the policy, exits)
 * </pre>
 */
public final class ExampleApplication {
  static final String USAGE = "usage: cookie-registry-example [--host HOST] [--port N]"
      + " | --print-policy [--lang en|fr|de|es|it|nl]";

  private ExampleApplication() {}

  public static void main(String[] args) throws Exception {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    String host = "127.0.0.1";
    int port = 8080;
    boolean print = false;
    PolicyLanguage language = PolicyLanguage.ENGLISH;
    try {
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--print-policy":
            print = true;
            break;
          case "--lang":
            language = language(value(args, ++i));
            break;
          case "--host":
            host = value(args, ++i);
            break;
          case "--port":
            port = Integer.parseInt(value(args, ++i));
            break;
          case "-h":
          case "--help":
            out.println(USAGE);
            return;
          default:
            throw new IllegalArgumentException("unknown argument '" + args[i] + "'");
        }
      }
    } catch (IllegalArgumentException e) {
      System.err.println("error: " + e.getMessage());
      System.err.println(USAGE);
      System.exit(2);
    }
    if (print) {
      out.print(GeneratedPolicy.read(PolicyFormat.MARKDOWN, language));
      return;
    }
    ExampleServer server = ExampleServer.start(host, port);
    out.println("Cookie Registry example running at " + server.uri());
    server.join();
  }

  private static PolicyLanguage language(String tag) {
    for (PolicyLanguage language : PolicyLanguage.values()) {
      if (language.tag().equals(tag)) {
        return language;
      }
    }
    throw new IllegalArgumentException("--lang " + tag + " is not one of en, fr, de, es, it, nl");
  }

  private static String value(String[] args, int i) {
    if (i >= args.length) {
      throw new IllegalArgumentException(args[i - 1] + " needs a value");
    }
    return args[i];
  }
}
