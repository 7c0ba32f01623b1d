package io.cookieregistry.runtime.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cookieregistry.CookieCategory;
import io.cookieregistry.runtime.CookieDeclaration;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every language and format of one realistic policy, byte for byte, against the files in {@code
 * src/test/resources/golden/}. After a deliberate change of the text, regenerate them with {@code
 * -Dgolden.update=true} and review the diff like any other change.
 */
class GoldenPolicyTest {
  /** A policy that uses every attribute and every setting, with texts that need escaping. */
  static final CookiePolicy POLICY = CookiePolicy.of("shop.example", List.of(
          CookieDeclaration.builder("sessionid", CookieCategory.NECESSARY,
              "To remember the user from one page to another").provider("Opendatasoft")
              .function("Authentication (front and back office)").secure(true).httpOnly(true)
              .order(1).build(),
          CookieDeclaration.builder("csrftoken", CookieCategory.NECESSARY,
              "To protect forms against cross-site requests").duration("P1Y").build(),
          CookieDeclaration.builder("lang", CookieCategory.PREFERENCES, "To remember your language")
              .duration("P1Y").build(),
          CookieDeclaration.builder("_pk_id.*", CookieCategory.STATISTICS,
              "To count visits <anonymously> & \"without\" | tracking *you*").provider("Matomo")
              .duration("P13M").build(),
          CookieDeclaration.builder("anon", CookieCategory.STATISTICS, "To count pages anonymously")
              .anonymized(true).duration("PT30M").build(),
          CookieDeclaration.builder("ad_uid", CookieCategory.MARKETING, "To show <relevant> ads")
              .provider("Ads & Co").function("Advertising").thirdParty(true).duration("P1DT12H")
              .build()))
      .withUpdated(LocalDate.of(2026, 3, 1))
      .withController("Example Shop SA")
      .withContact("privacy@shop.example")
      .withChoicesUrl("/consent")
      .withTranslations(CookieTranslations.read(java.util.Map.of(PolicyLanguage.FRENCH,
          new java.io.StringReader("sessionid.purpose=Pour reconnaître l'utilisateur\n"
              + "sessionid.function=Authentification (front et back office)\n"))));

  @TestFactory
  List<DynamicTest> everyLanguageAndFormatMatchesItsGoldenFile() {
    List<DynamicTest> tests = new ArrayList<>();
    for (PolicyFormat format : PolicyFormat.values()) {
      for (PolicyLanguage language : PolicyLanguage.values()) {
        if (!format.perLanguage() && language != PolicyLanguage.ENGLISH) {
          continue;
        }
        String file = format.resourcePath(language).substring(PolicyFormat.DIRECTORY.length());
        tests.add(DynamicTest.dynamicTest(file,
            () -> assertEquals(golden(file, format.render(POLICY, language)),
                format.render(POLICY, language), file)));
      }
    }
    for (PolicyLanguage language : PolicyLanguage.values()) {
      String file = "consent-dialog." + language.tag() + ".html";
      String html = ConsentDialog.of(POLICY).html(language);
      tests.add(DynamicTest.dynamicTest(file, () -> assertEquals(golden(file, html), html, file)));
    }
    for (ConsentExport export : ConsentExport.values()) {
      String file = export.resourcePath().substring(PolicyFormat.DIRECTORY.length());
      String json = export.render(POLICY);
      tests.add(DynamicTest.dynamicTest(file, () -> assertEquals(golden(file, json), json, file)));
    }
    return tests;
  }

  /** The golden text; rewritten from {@code actual} when {@code golden.update} is set. */
  static String golden(String file, String actual) throws IOException {
    if (Boolean.getBoolean("golden.update")) {
      Path source = Path.of("src/test/resources/golden").resolve(file);
      Files.createDirectories(source.getParent());
      Files.writeString(source, actual, StandardCharsets.UTF_8);
      return actual;
    }
    try (InputStream in = GoldenPolicyTest.class.getResourceAsStream("/golden/" + file)) {
      if (in == null) {
        throw new AssertionError("no golden file " + file + "; run with -Dgolden.update=true");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
