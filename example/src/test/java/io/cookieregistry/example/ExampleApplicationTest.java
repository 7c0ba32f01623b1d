package io.cookieregistry.example;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@code --print-policy} prints the generated Markdown policy, with the seed's rows, and returns. */
class ExampleApplicationTest {

  @Test
  void printsThePolicyAndReturns() throws Exception {
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
      ExampleApplication.main(new String[] {"--print-policy"});
    } finally {
      System.setOut(original);
    }
    String policy = captured.toString(StandardCharsets.UTF_8);
    assertTrue(policy.startsWith("# Cookie policy"), policy);
    assertTrue(policy.contains("| Opendatasoft | Authentication (front and back office) | sessionid"
        + " | To remember the user from one page to another |"), policy);
  }
}
