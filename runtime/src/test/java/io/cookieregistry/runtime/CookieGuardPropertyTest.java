package io.cookieregistry.runtime;

import static io.cookieregistry.runtime.GuardFixtures.GUARD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cookieregistry.runtime.Decision.Reason;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Many generated headers: the guard never throws, and agrees with a naive reading of the RFC. */
class CookieGuardPropertyTest {
  private static final String[] PIECES = {
      "sessionid", "csrftoken", "ad_uid", "_pk_id.1.", "__Host-id", "__Secure-id", "lang", "x",
      "=", "=", ";", "; ", " ", "\t", "\"", ",", "Secure", "HttpOnly", "Path=/", "Domain=a.b",
      "Max-Age=", "0", "-1", "60", "Expires=", "Wed, 21 Oct 2015 07:28:00 GMT", "SameSite=None",
      "\r", "\n", "\u0000", "\u007f", "\u00e9", "\ud83c\udf6a", "\ud800", "vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv"};

  static List<String> headers(long seed, int count) {
    Random random = new Random(seed);
    List<String> headers = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      StringBuilder header = new StringBuilder();
      int pieces = random.nextInt(12);
      for (int p = 0; p < pieces; p++) {
        header.append(PIECES[random.nextInt(PIECES.length)]);
      }
      if (random.nextInt(50) == 0) {
        header.append("v".repeat(4000 + random.nextInt(200)));
      }
      headers.add(header.toString());
    }
    return headers;
  }

  @Test
  void alwaysDecidesAndAgreesWithANaiveReading() {
    for (String header : headers(20260301L, 20_000)) {
      Decision decision = GUARD.check(header, Consent.all());
      assertNotNull(decision, header);
      String pair = header.split(";", -1)[0];
      int equals = pair.indexOf('=');
      String name = equals < 0 ? "" : pair.substring(0, equals).strip();
      boolean control = header.chars().anyMatch(c -> (c < 0x20 && c != '\t') || c == 0x7f || c > 0xff);
      if (control || name.isEmpty()) {
        assertEquals(Reason.MALFORMED, decision.reason(), header);
      } else if (decision.reason() != Reason.MALFORMED) {
        assertEquals(name, decision.cookieName(), header);
        assertEquals(GUARD.registry().find(name), decision.declaration(), header);
        if (decision.reason() == Reason.UNDECLARED) {
          assertTrue(decision.declaration().isEmpty(), header);
        } else if (decision.declaration().isEmpty()) {
          // Only a deletion, or a header browsers ignore (checked before any declaration), has none.
          assertTrue(decision.reason() == Reason.DELETION
              || decision.reason() == Reason.ATTRIBUTE_MISMATCH, header);
        }
      } else {
        String value = pair.substring(equals + 1).strip();
        int octets = (name + value).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        assertTrue(octets > 4096, header);
      }
    }
  }

  @Test
  void manyThreadsGiveTheSameAnswersAsOne() throws Exception {
    List<String> headers = headers(7L, 5_000);
    List<String> expected = answers(headers);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<String>>> futures = new ArrayList<>();
      for (int t = 0; t < 16; t++) {
        futures.add(pool.submit(() -> answers(headers)));
      }
      for (Future<List<String>> future : futures) {
        assertEquals(expected, future.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static List<String> answers(List<String> headers) {
    List<String> answers = new ArrayList<>(headers.size());
    for (String header : headers) {
      Decision d = GUARD.check(header, Consent.of(io.cookieregistry.CookieCategory.STATISTICS));
      answers.add(d.reason() + " " + d.cookieName());
    }
    return answers;
  }
}
