package io.cookieregistry.runtime.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cookieregistry.CookieCategory;
import io.cookieregistry.runtime.CookieDeclaration;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each format of one policy that uses every attribute, compared byte for byte with a reviewed
 * file in {@code src/test/resources/golden/}. After a deliberate change of the output, run the
 * test with {@code -Dgolden.update=true}, review the difference of the files, and commit them.
 */
class PolicyGoldenTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden");

  static CookiePolicy policy() {
    return CookiePolicy.of("shop.example.com", List.of(
        CookieDeclaration.builder("sessionid", CookieCategory.NECESSARY,
            "To remember the user from one page to another").provider("Opendatasoft")
            .function("Authentication (front and back office)").secure(true).httpOnly(true)
            .build(),
        CookieDeclaration.builder("csrftoken", CookieCategory.NECESSARY,
            "To protect forms against cross-site requests").duration("P1Y").build(),
        CookieDeclaration.builder("lang", CookieCategory.PREFERENCES,
            "To remember the visitor's language").duration("PT30M").build(),
        CookieDeclaration.builder("_pk_id.*", CookieCategory.STATISTICS,
            "To count visits <anonymously> & \"without\" | tracking *you*").provider("Matomo")
            .anonymized(true).duration("P13M").build(),
        CookieDeclaration.builder("ad_uid", CookieCategory.MARKETING, "To show ads")
            .provider("Ads & Co").function("Advertising").thirdParty(true).duration("P1DT12H")
            .build()));
  }

  @ParameterizedTest
  @EnumSource(PolicyFormat.class)
  void eachFormatIsTheReviewedFile(PolicyFormat format) throws IOException {
    String rendered = format.render(policy());
    Path file = GOLDEN.resolve(PolicyFormat.BASE_NAME + "." + format.extension());
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(GOLDEN);
      Files.writeString(file, rendered, StandardCharsets.UTF_8);
    }
    assertEquals(Files.readString(file, StandardCharsets.UTF_8), rendered,
        () -> format + " differs from " + file + "; if the change is meant, see the class comment");
  }
}
