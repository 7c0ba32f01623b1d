package io.cookieregistry.runtime.policy;

import io.cookieregistry.runtime.CookieRegistry;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ServiceConfigurationError;

/**
 * Prints the merged cookie policy of every registry on the class path.
 *
 * <pre>
 * java -cp "app.jar:lib/*" io.cookieregistry.runtime.policy.PolicyCommand [--format md|html|json] [--site NAME]
 * </pre>
 *
 * <p>Exit status: 0 printed, 1 the registries conflict, 2 bad arguments.
 */
public final class PolicyCommand {
  static final String USAGE = "usage: PolicyCommand [--format md|html|json] [--site NAME]\n"
      + "Prints the merged cookie policy of every cookie registry on the class path.";

  private PolicyCommand() {}

  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    int status = run(args, Thread.currentThread().getContextClassLoader(), out, System.err);
    if (status != 0) {
      System.exit(status);
    }
  }

  /** Runs the command against the registries {@code loader} sees; returns the exit status. */
  static int run(String[] args, ClassLoader loader, PrintStream out, PrintStream err) {
    PolicyFormat format = PolicyFormat.MARKDOWN;
    String site = null;
    try {
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--format":
            format = PolicyFormat.parse(value(args, ++i, "--format"));
            break;
          case "--site":
            site = value(args, ++i, "--site");
            break;
          case "-h":
          case "--help":
            out.println(USAGE);
            return 0;
          default:
            throw new IllegalArgumentException("unknown argument '" + args[i] + "'");
        }
      }
    } catch (IllegalArgumentException e) {
      err.println("error: " + e.getMessage());
      err.println(USAGE);
      return 2;
    }
    CookieRegistry registry;
    try {
      registry = CookieRegistry.load(loader);
    } catch (RuntimeException | ServiceConfigurationError e) {
      err.println("error: " + e.getMessage());
      return 1;
    }
    CookiePolicy policy = site != null
        ? CookiePolicy.of(site, registry.declarations())
        : CookiePolicy.of(registry);
    out.print(format.render(policy));
    out.flush();
    return 0;
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[i];
  }
}
