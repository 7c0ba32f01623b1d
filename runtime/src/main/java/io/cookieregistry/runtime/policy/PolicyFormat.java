package io.cookieregistry.runtime.policy;

import io.cookieregistry.runtime.internal.Checks;
import java.util.Locale;
import java.util.function.BiFunction;

/**
 * The formats a {@link CookiePolicy} renders to. Every format is deterministic: same policy and
 * language, same text. Markdown and HTML are written in the visitor's language; JSON, which is for
 * tools, carries every language at once.
 */
public enum PolicyFormat {
  MARKDOWN("md", "text/markdown; charset=utf-8", true, MarkdownPolicyRenderer::render),
  HTML("html", "text/html; charset=utf-8", true, HtmlPolicyRenderer::render),
  JSON("json", "application/json", false, (policy, text) -> JsonPolicyRenderer.render(policy));

  /** The base name of the policy files that the processor writes under {@link #DIRECTORY}. */
  public static final String BASE_NAME = "cookie-policy";
  /** Where the processor writes the policy in the class output, and so in the jar. */
  public static final String DIRECTORY = "META-INF/cookie-registry/";

  private final String extension;
  private final String mediaType;
  private final boolean perLanguage;
  private final BiFunction<CookiePolicy, PolicyText, String> renderer;

  PolicyFormat(String extension, String mediaType, boolean perLanguage,
      BiFunction<CookiePolicy, PolicyText, String> renderer) {
    this.extension = extension;
    this.mediaType = mediaType;
    this.perLanguage = perLanguage;
    this.renderer = renderer;
  }

  /** Renders the policy in English, as a string ending in a newline. */
  public String render(CookiePolicy policy) {
    return render(policy, PolicyLanguage.ENGLISH);
  }

  /**
   * Renders the policy in the language of {@code locale} (see {@link PolicyLanguage#of}), as a
   * string ending in a newline.
   */
  public String render(CookiePolicy policy, Locale locale) {
    return render(policy, PolicyLanguage.of(locale));
  }

  /** Renders the policy in {@code language}, as a string ending in a newline. */
  public String render(CookiePolicy policy, PolicyLanguage language) {
    Checks.notNull(policy, "policy");
    return renderer.apply(policy, Checks.notNull(language, "language").text());
  }

  /** The file extension, without a dot: {@code md}, {@code html}, {@code json}. */
  public String extension() {
    return extension;
  }

  /** The media type to serve it with. */
  public String mediaType() {
    return mediaType;
  }

  /** Whether this format is written once per language; JSON holds them all in one file. */
  public boolean perLanguage() {
    return perLanguage;
  }

  /** The resource path of the English policy file in a jar, e.g. {@code META-INF/cookie-registry/cookie-policy.md}. */
  public String resourcePath() {
    return resourcePath(PolicyLanguage.ENGLISH);
  }

  /**
   * The resource path of this format's policy file in {@code language}: {@code cookie-policy.fr.html}
   * for French, {@code cookie-policy.html} for English and for the one JSON file.
   */
  public String resourcePath(PolicyLanguage language) {
    boolean suffix = perLanguage && language != PolicyLanguage.ENGLISH;
    return DIRECTORY + BASE_NAME + (suffix ? "." + language.tag() : "") + "." + extension;
  }

  /**
   * The format named by an extension or a name, case-insensitively: {@code md}, {@code markdown},
   * {@code html}, {@code json}.
   *
   * @throws IllegalArgumentException naming the text and the accepted values
   */
  public static PolicyFormat parse(String text) {
    String t = Checks.notNull(text, "text").strip().toLowerCase(Locale.ROOT);
    for (PolicyFormat f : values()) {
      if (f.extension.equals(t) || f.name().toLowerCase(Locale.ROOT).equals(t)) {
        return f;
      }
    }
    throw new IllegalArgumentException("unknown policy format '" + text + "'; use md, html or json");
  }

  /**
   * The format a request for the policy asks for: an extension on the last segment of {@code path}
   * first ({@code /cookie-policy.md}), then the {@code Accept} media range of our formats with the
   * highest quality; HTML when neither names one.
   *
   * @throws IllegalArgumentException if the path's extension names no format
   */
  public static PolicyFormat negotiate(String path, String accept) {
    Checks.notNull(path, "path");
    int dot = path.lastIndexOf('.');
    if (dot > path.lastIndexOf('/')) {
      return parse(path.substring(dot + 1));
    }
    PolicyFormat best = HTML;
    double bestQuality = 0;
    for (String range : (accept == null ? "" : accept).split(",")) {
      String[] parts = range.split(";");
      PolicyFormat candidate = ofMediaRange(parts[0].strip().toLowerCase(Locale.ROOT));
      double quality = quality(parts);
      if (candidate != null && quality > bestQuality) {
        best = candidate;
        bestQuality = quality;
      }
    }
    return best;
  }

  private static PolicyFormat ofMediaRange(String mediaRange) {
    for (PolicyFormat format : values()) {
      if (format.mediaType.startsWith(mediaRange + ";") || format.mediaType.equals(mediaRange)) {
        return format;
      }
    }
    return null;
  }

  private static double quality(String[] parameters) {
    for (int i = 1; i < parameters.length; i++) {
      String p = parameters[i].strip();
      if (p.startsWith("q=")) {
        try {
          return Double.parseDouble(p.substring(2));
        } catch (NumberFormatException e) {
          return 0;
        }
      }
    }
    return 1;
  }
}
