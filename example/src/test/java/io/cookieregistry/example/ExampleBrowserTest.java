package io.cookieregistry.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cookieregistry.runtime.policy.PolicyLanguage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Keys;

/**
 * The example in a real browser, in every shipped language: the policy page at phone and desktop
 * widths and in print, the consent dialog driven by keyboard, and the choice it writes read back
 * by the server's guard. Screenshots go to {@code target/browser/}.
 */
class ExampleBrowserTest {
  /** Where focus goes, Tab after Tab, from the element the open dialog focuses first. */
  static final List<String> DIALOG_TAB_ORDER = List.of("cc-title", "button:all", "button:none",
      "summary", "cc-statistics", "summary", "cc-marketing", "summary", "button:save",
      "link:/cookie-policy");
  private static final String DESCRIBE_FOCUS = "var e = document.activeElement;"
      + " if (!e || e === document.body) return 'body';"
      + " if (!document.getElementById('cookie-consent').contains(e)) return 'outside:' + e.tagName;"
      + " return e.id ? e.id : e.tagName === 'BUTTON' ? 'button:' + e.value"
      + " : e.tagName === 'A' ? 'link:' + e.getAttribute('href') : e.tagName.toLowerCase();";

  private static ExampleServer server;
  private static Browser browser;

  @BeforeAll
  static void start() throws Exception {
    browser = Browser.start();
    server = ExampleServer.start("127.0.0.1", 0);
  }

  @AfterAll
  static void stop() throws Exception {
    try {
      if (server != null) {
        server.close();
      }
    } finally {
      if (browser != null) {
        browser.close();
      }
    }
  }

  @BeforeEach
  void freshVisitor() {
    prefer(PolicyLanguage.ENGLISH);
    browser.driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
    browser.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
  }

  /** Makes the browser ask for {@code language} first, as a visitor's browser does. */
  private static void prefer(PolicyLanguage language) {
    browser.driver.executeCdpCommand("Emulation.setUserAgentOverride", Map.of("userAgent",
        browser.eval("return navigator.userAgent;"), "acceptLanguage", language.tag()));
  }

  static Stream<PolicyLanguage> languages() {
    return Stream.of(PolicyLanguage.values());
  }

  private static void open(String path) {
    browser.driver.get(server.uri().resolve(path).toString());
  }

  private static boolean dialogOpen() {
    return Boolean.TRUE.equals(browser.driver.executeScript(
        "return document.getElementById('cookie-consent').open;"));
  }

  private static Set<String> cookieNames() {
    return browser.driver.manage().getCookies().stream().map(Cookie::getName)
        .collect(Collectors.toSet());
  }

  private static String consentCookie() {
    Cookie cookie = browser.driver.manage().getCookieNamed("cookies_preferences");
    return cookie == null ? null : cookie.getValue();
  }

  /** Presses Tab until {@code target} has focus; fails after a full round. */
  private static void tabTo(String target) {
    for (int i = 0; i < 20 && !browser.eval(DESCRIBE_FOCUS).equals(target); i++) {
      browser.tab();
    }
    assertEquals(target, browser.eval(DESCRIBE_FOCUS));
  }

  @ParameterizedTest
  @MethodSource("languages")
  void thePolicyPageFitsPhonesAndDesktopsPrintsAndPassesAxe(PolicyLanguage language) throws Exception {
    for (int width : new int[] {360, 1280}) {
      browser.viewport(width);
      open("/cookie-policy?lang=" + language.tag());
      assertEquals(language.tag(), browser.eval("return document.documentElement.lang;"));
      assertEquals(0L, browser.horizontalOverflow(), "sideways scroll at " + width + " px");
      assertEquals(width < 600 ? "flex" : "table-row",
          browser.eval("return getComputedStyle(document.querySelector('tbody tr')).display;"),
          "rows are stacked cards on a phone, table rows on a desktop");
      browser.screenshot("policy-" + language.tag() + "-" + width);
      browser.screenshotOf("#cookies-necessary + p + table", "policy-" + language.tag() + "-"
          + width + "-table");
      assertEquals(List.of(), browser.seriousAccessibilityViolations(), language + " at " + width);
    }
    browser.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
    assertEquals("table-header-group",
        browser.eval("return getComputedStyle(document.querySelector('thead')).display;"),
        "printed tables repeat their header on each page");
    assertEquals("none", browser.eval("return getComputedStyle(document.querySelector('a.choices'))"
        + ".borderTopStyle;"), "the choices link prints as plain text");
  }

  @ParameterizedTest
  @MethodSource("languages")
  void theDialogOpensOnAFirstVisitAndIsUsableByKeyboard(PolicyLanguage language) throws Exception {
    for (int width : new int[] {360, 1280}) {
      browser.viewport(width);
      browser.driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
      open("/?lang=" + language.tag());
      assertTrue(dialogOpen(), "the dialog opens until the visitor has chosen");
      assertEquals("true", browser.eval(
          "return document.getElementById('cookie-consent').matches(':modal');"));
      assertEquals(language.tag(), browser.eval(
          "return document.getElementById('cookie-consent').lang;"));
      assertEquals(0L, browser.horizontalOverflow(), "sideways scroll at " + width + " px");
      browser.screenshot("dialog-" + language.tag() + "-" + width);
      assertEquals(List.of(), browser.seriousAccessibilityViolations(), language + " at " + width);
    }

    List<String> focus = new ArrayList<>(List.of(browser.eval(DESCRIBE_FOCUS)));
    for (int i = 1; i < DIALOG_TAB_ORDER.size() + 3; i++) {
      browser.tab();
      focus.add(browser.eval(DESCRIBE_FOCUS));
    }
    assertEquals(DIALOG_TAB_ORDER, focus.subList(0, DIALOG_TAB_ORDER.size()), focus.toString());
    assertTrue(focus.stream().noneMatch(f -> f.startsWith("outside:")),
        "the page behind a modal dialog takes no focus: " + focus);

    browser.press(Keys.ESCAPE);
    assertFalse(dialogOpen(), "Escape closes the dialog");
    assertEquals(null, consentCookie(), "closing is not choosing");

    browser.driver.executeScript("document.querySelector('[data-cookie-consent-open]').focus();");
    browser.press(Keys.ENTER);
    assertTrue(dialogOpen(), "the page's link opens the dialog again");
    browser.press(Keys.ESCAPE);
    assertFalse(dialogOpen());
    assertEquals("true", browser.eval("return document.activeElement ==="
        + " document.querySelector('[data-cookie-consent-open]');"), "focus returns to the link");
  }

  @ParameterizedTest
  @MethodSource("languages")
  void acceptRejectAndPerCategoryChoicesReachTheServerGuard(PolicyLanguage language) {
    browser.viewport(1280);
    open("/?lang=" + language.tag());
    tabTo("button:all");
    browser.press(Keys.ENTER);
    assertFalse(dialogOpen());
    assertEquals("v1:statistics.marketing", consentCookie());
    open("/track?lang=" + language.tag());
    assertFalse(dialogOpen(), "a visitor who chose is not asked again");
    assertTrue(cookieNames().contains("_pk_id.1.maia"),
        "the guard read the consent and let the statistics cookie through: " + cookieNames());
    String dataLayer = browser.eval("return JSON.stringify(window.dataLayer.map(function (a) {"
        + " return Array.prototype.slice.call(a); }));");
    assertTrue(dataLayer.contains("[\"consent\",\"default\",{\"security_storage\":\"granted\","
        + "\"functionality_storage\":\"denied\",\"personalization_storage\":\"denied\","
        + "\"analytics_storage\":\"granted\",\"ad_storage\":\"granted\""), dataLayer);

    browser.driver.executeScript("document.querySelector('[data-cookie-consent-open]').focus();");
    browser.press(Keys.ENTER);
    assertEquals("true", browser.eval("return document.getElementById('cc-statistics').checked;"),
        "the dialog shows the choice made");
    tabTo("button:none");
    browser.press(Keys.ENTER);
    assertEquals("v1:none", consentCookie());
    assertFalse(cookieNames().contains("_pk_id.1.maia"),
        "withdrawing consent deletes the category's cookies: " + cookieNames());
    String update = browser.eval("return JSON.stringify(Array.prototype.slice.call("
        + "window.dataLayer[window.dataLayer.length - 1]));");
    assertTrue(update.startsWith("[\"consent\",\"update\",") && update.contains(
        "\"analytics_storage\":\"denied\""), update);
    open("/track?lang=" + language.tag());
    assertFalse(cookieNames().contains("_pk_id.1.maia"), "refused: " + cookieNames());

    browser.driver.executeScript("document.querySelector('[data-cookie-consent-open]').focus();");
    browser.press(Keys.ENTER);
    tabTo("cc-statistics");
    browser.press(Keys.SPACE);
    tabTo("button:save");
    browser.press(Keys.ENTER);
    assertEquals("v1:statistics", consentCookie());
    open("/track?lang=" + language.tag());
    assertTrue(cookieNames().contains("_pk_id.1.maia"), "statistics only: " + cookieNames());
  }

  @ParameterizedTest
  @MethodSource("languages")
  void thePolicysLinkLeadsToTheChoicesPage(PolicyLanguage language) throws Exception {
    browser.viewport(360);
    prefer(language);
    open("/cookie-policy");
    assertEquals(language.tag(), browser.eval("return document.documentElement.lang;"),
        "the browser's Accept-Language chooses the policy's language");
    browser.driver.executeScript("document.querySelector('a.choices').focus();");
    browser.press(Keys.ENTER);
    assertTrue(browser.driver.getCurrentUrl().endsWith("/consent"), browser.driver.getCurrentUrl());
    assertEquals(language.tag(), browser.eval("return document.documentElement.lang;"),
        "the choices page speaks the visitor's language too");
    assertTrue(dialogOpen(), "the choices page shows the dialog");
    assertEquals("false", browser.eval(
        "return document.getElementById('cookie-consent').matches(':modal');"));
    assertEquals(0L, browser.horizontalOverflow());
    browser.screenshot("choices-" + language.tag() + "-360");
    assertEquals(List.of(), browser.seriousAccessibilityViolations());
    tabTo("button:all");
    browser.press(Keys.ENTER);
    assertEquals("v1:statistics.marketing", consentCookie());
    assertFalse(browser.eval("return document.querySelector('.cc-status').textContent;").isEmpty(),
        "the page says the choice was saved");
  }
}
