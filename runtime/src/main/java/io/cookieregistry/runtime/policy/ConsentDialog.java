package io.cookieregistry.runtime.policy;

import io.cookieregistry.runtime.internal.Checks;
import io.cookieregistry.CookieCategory;
import io.cookieregistry.runtime.Consent;
import io.cookieregistry.runtime.ConsentCookie;
import io.cookieregistry.runtime.CookieDeclaration;
import io.cookieregistry.runtime.internal.CookieNames;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The consent dialog of a {@link CookiePolicy}: the categories the application declares that need
 * consent, each with its cookies and purposes in the visitor's language, "Accept all" and "Reject
 * all" side by side, and a choice per category. Its script ({@link #script()}, no dependencies)
 * writes {@code cookies_preferences} in the {@link ConsentCookie} format, so the dialog and the
 * server guard read the same choice; it deletes the cookies of a category whose consent is
 * withdrawn, and can send Google Consent Mode v2 signals.
 *
 * <p>The dialog is a {@code <dialog>} around a {@code <form>} that posts to the policy's choices
 * page, so that it also works without the script. A page includes {@link #scriptTag} in its
 * {@code <head>} (before any Google tag) and {@link #html} in its {@code <body>}; the dialog opens
 * by itself until the visitor has chosen, and any element with {@code data-cookie-consent-open}
 * opens it again. The choices page shows it with {@link #page}.
 */
public final class ConsentDialog {
  /** Where visitors read the policy unless {@link #withPolicyUrl} says otherwise. */
  public static final String DEFAULT_POLICY_URL = "/cookie-policy";
  /** The media type of {@link #script()}. */
  public static final String SCRIPT_MEDIA_TYPE = "text/javascript; charset=utf-8";

  private static final String STYLE = ".cc{max-width:38rem;width:calc(100% - 2rem);box-sizing:border-box;"
      + "border:0;border-radius:.6rem;padding:1.25rem;color:#1b1b1b;background:#fff;"
      + "box-shadow:0 .5rem 2rem rgba(0,0,0,.35);font-family:system-ui,sans-serif;line-height:1.5}"
      + ".cc[data-page]{position:static;box-shadow:none;margin:1.5rem auto}"
      + ".cc::backdrop{background:rgba(0,0,0,.45)}.cc h2{margin:0 0 .5rem;font-size:1.35rem}"
      + ".cc p{margin:.25rem 0}.cc-category{border-top:1px solid #c4c4c4;padding:.75rem 0}"
      + ".cc-category label{font-weight:600}.cc input{width:1.2rem;height:1.2rem;"
      + "margin:0 .5rem 0 0;vertical-align:-.2rem}.cc summary{cursor:pointer;color:#0a4fb3}"
      + ".cc ul{padding-left:1.25rem;margin:.25rem 0}.cc a{color:#0a4fb3}"
      + ".cc-actions{display:flex;flex-wrap:wrap;gap:.5rem;margin:.75rem 0}"
      + ".cc h2:focus{outline:none}.cc h2:focus-visible{outline:3px solid #0a4fb3}"
      + ".cc-actions button{flex:1 1 9rem;padding:.65rem 1rem;border:2px solid #0a4fb3;"
      + "border-radius:.4rem;background:#0a4fb3;color:#fff;font:inherit;font-weight:600;"
      + "cursor:pointer}.cc-actions .cc-save{background:#fff;color:#0a4fb3}"
      + ".cc :focus-visible{outline:3px solid #0a4fb3;outline-offset:2px}"
      + ".cc-status{font-weight:600}.cc-status:empty{display:none}";

  private final CookiePolicy policy;
  private final String policyUrl;
  private final boolean googleConsentMode;

  private ConsentDialog(CookiePolicy policy, String policyUrl, boolean googleConsentMode) {
    this.policy = policy;
    this.policyUrl = policyUrl;
    this.googleConsentMode = googleConsentMode;
  }

  /** The dialog of a policy: its categories, cookies, choices page and consent cookie. */
  public static ConsentDialog of(CookiePolicy policy) {
    return new ConsentDialog(Checks.notNull(policy, "policy"), DEFAULT_POLICY_URL, false);
  }

  /**
   * This dialog, linking to the policy at {@code policyUrl} (a path on the site or an http(s) URL).
   *
   * @throws IllegalArgumentException naming the address when it is neither
   */
  public ConsentDialog withPolicyUrl(String policyUrl) {
    String url = Checks.notNull(policyUrl, "policyUrl").strip();
    if (!PolicyLinks.isPageAddress(url)) {
      throw new IllegalArgumentException("policyUrl '" + policyUrl + "' is neither a path"
          + " starting with / nor an http(s) URL");
    }
    return new ConsentDialog(policy, url, googleConsentMode);
  }

  /**
   * This dialog, sending Google Consent Mode v2 signals: a {@code gtag('consent', 'default', …)}
   * as the script loads (everything denied until the visitor chooses, {@code security_storage}
   * granted) and {@code gtag('consent', 'update', …)} on each choice. PREFERENCES maps to {@code
   * functionality_storage} and {@code personalization_storage}, STATISTICS to {@code
   * analytics_storage}, MARKETING to {@code ad_storage}, {@code ad_user_data} and {@code
   * ad_personalization}.
   */
  public ConsentDialog withGoogleConsentMode(boolean on) {
    return new ConsentDialog(policy, policyUrl, on);
  }

  /** The categories the visitor chooses: those with a cookie that needs consent. */
  public List<CookieCategory> choices() {
    return policy.categories().stream()
        .filter(c -> policy.declarations(c).stream().anyMatch(CookieDeclaration::requiresConsent))
        .toList();
  }

  /**
   * The consent a submitted dialog form records: {@code choice=all} every category offered,
   * {@code choice=none} none, and otherwise ({@code save}, or no choice) the offered categories
   * among the ticked {@code category} values ({@code statistics}, {@code marketing}, ...). Values
   * that name no offered category are ignored, so a form can never grant more than it showed.
   */
  public Consent consentOf(String choice, String[] ticked) {
    String chosen = choice == null ? "save" : choice;
    List<String> values = ticked == null ? List.of() : List.of(ticked);
    return Consent.of(choices().stream()
        .filter(c -> chosen.equals("all")
            || (chosen.equals("save") && values.contains(PolicyText.kindKey(c))))
        .toArray(CookieCategory[]::new));
  }

  /** The {@code <script>} element that loads {@link #script()} from {@code src}, for the {@code <head>}. */
  public String scriptTag(String src) {
    if (!PolicyLinks.isPageAddress(Checks.notNull(src, "src"))) {
      throw new IllegalArgumentException("src '" + src + "' is neither a path starting with /"
          + " nor an http(s) URL");
    }
    return "<script src=\"" + HtmlPolicyRenderer.escape(src) + "\""
        + (googleConsentMode ? " data-google-consent-mode" : "") + "></script>";
  }

  /** The dialog in {@code language}, closed; the script opens it until the visitor has chosen. */
  public String html(PolicyLanguage language) {
    return render(language.text(), false, Consent.none());
  }

  /**
   * A whole page for the choices address: the dialog shown open with the visitor's {@code current}
   * choice ticked, usable without the script.
   */
  public String page(PolicyLanguage language, String scriptSrc, Consent current) {
    PolicyText text = language.text();
    return "<!DOCTYPE html>\n<html lang=\"" + language.tag() + "\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>"
        + HtmlPolicyRenderer.escape(text.get("dialog.title")) + "</title>\n" + scriptTag(scriptSrc)
        + "\n</head>\n<body>\n<main>\n" + render(text, true, Checks.notNull(current, "current"))
        + "</main>\n</body>\n</html>\n";
  }

  /** The dialog's script, the same for every site and language (about 2 KB gzipped). */
  public static String script() {
    try (InputStream in = ConsentDialog.class.getResourceAsStream("cookie-consent.js")) {
      if (in == null) {
        throw new IllegalStateException("cookie-consent.js is missing from the runtime jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read cookie-consent.js", e);
    }
  }

  private String render(PolicyText text, boolean asPage, Consent current) {
    StringBuilder out = new StringBuilder();
    out.append("<style>").append(STYLE).append("</style>\n")
        .append("<dialog id=\"cookie-consent\" class=\"cc\" lang=\"").append(text.language().tag())
        .append("\" aria-labelledby=\"cc-title\" aria-describedby=\"cc-text\"")
        .append(asPage ? " open data-page" : "").append(">\n")
        .append("<form method=\"post\" action=\"").append(escape(policy.choicesUrl())).append("\">\n")
        .append(asPage ? "<h1 id=\"cc-title\">" : "<h2 id=\"cc-title\" tabindex=\"-1\">")
        .append(escape(text.get("dialog.title"))).append(asPage ? "</h1>\n" : "</h2>\n")
        .append("<p id=\"cc-text\">").append(escape(text.get("dialog.text", "site", text.site(policy))))
        .append("</p>\n")
        // Accepting and refusing everything come first, side by side, styled alike.
        .append("<div class=\"cc-actions\">").append(button("all", "", text.get("dialog.acceptAll")))
        .append(button("none", "", text.get("dialog.rejectAll"))).append("</div>\n");
    List<CookieCategory> choices = choices();
    for (CookieCategory category : policy.categories()) {
      category(out, text, category, choices.contains(category), current.allows(category));
    }
    out.append("<p class=\"cc-status\" role=\"status\"></p>\n<div class=\"cc-actions\">")
        .append(button("save", " class=\"cc-save\"", text.get("dialog.save")))
        .append("</div>\n<p><a href=\"").append(escape(policyUrl)).append("\">")
        .append(escape(text.get("dialog.policy"))).append("</a></p>\n</form>\n</dialog>\n")
        .append("<script type=\"application/json\" id=\"cookie-consent-config\">")
        .append(config(text, choices)).append("</script>\n");
    return out.toString();
  }

  private void category(StringBuilder out, PolicyText text, CookieCategory category, boolean choice,
      boolean granted) {
    String id = "cc-" + PolicyText.kindKey(category);
    List<CookieDeclaration> cookies = policy.declarations(category);
    out.append("<div class=\"cc-category\">\n<input type=\"checkbox\" id=\"").append(id)
        .append("\" name=\"category\" value=\"").append(PolicyText.kindKey(category)).append('"')
        .append(choice ? (granted ? " checked" : "") : " checked disabled").append(" aria-describedby=\"").append(id)
        .append("-text\">\n<label for=\"").append(id).append("\">").append(escape(text.heading(category)))
        .append(choice ? "" : " (" + escape(text.get("dialog.alwaysOn")) + ")").append("</label>\n")
        .append("<p id=\"").append(id).append("-text\">").append(escape(text.explanation(category)))
        .append("</p>\n<details><summary>")
        .append(escape(text.get("dialog.cookies", "count", String.valueOf(cookies.size()))))
        .append("</summary>\n<ul>\n");
    for (CookieDeclaration d : cookies) {
      out.append("<li><code>").append(escape(d.name())).append("</code> · ")
          .append(escape(text.provider(policy, d))).append(" · ")
          .append(escape(text.duration(d))).append("<br>").append(escape(text.purpose(policy, d)))
          .append("</li>\n");
    }
    out.append("</ul>\n</details>\n</div>\n");
  }

  private static String button(String choice, String attributes, String label) {
    return "<button type=\"submit\" name=\"choice\" value=\"" + choice + "\"" + attributes + ">"
        + escape(label) + "</button>";
  }

  /**
   * What the script needs: the consent cookie and how to write it, and the cookies of each
   * category the visitor chooses, to delete them when consent is withdrawn.
   */
  private String config(PolicyText text, List<CookieCategory> choices) {
    CookieDeclaration consentCookie = policy.declarations().stream()
        .filter(d -> d.name().equals(ConsentCookie.NAME)).findFirst().orElse(null);
    long maxAge = ConsentCookie.lifetime(policy.declarations()).getSeconds();
    String categories = choices.stream().map(category -> {
      List<CookieDeclaration> cookies = policy.declarations(category);
      return "{\"name\":" + JsonPolicyRenderer.quote(PolicyText.kindKey(category))
          + ",\"names\":" + names(cookies, false) + ",\"prefixes\":" + names(cookies, true) + "}";
    }).collect(Collectors.joining(","));
    return "{\"cookie\":" + JsonPolicyRenderer.quote(ConsentCookie.NAME)
        + ",\"version\":" + JsonPolicyRenderer.quote(ConsentCookie.VERSION_PREFIX)
        + ",\"maxAge\":" + maxAge
        + ",\"secure\":" + (consentCookie != null && consentCookie.secure())
        + ",\"saved\":" + JsonPolicyRenderer.quote(text.get("dialog.saved"))
        + ",\"categories\":[" + categories + "]}";
  }

  private static String names(List<CookieDeclaration> cookies, boolean patterns) {
    return cookies.stream().filter(d -> d.isPattern() == patterns)
        .map(d -> JsonPolicyRenderer.quote(patterns ? CookieNames.literalPart(d.name()) : d.name()))
        .collect(Collectors.joining(",", "[", "]"));
  }

  private static String escape(String text) {
    return HtmlPolicyRenderer.escape(text);
  }
}
