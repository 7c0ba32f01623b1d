package io.cookieregistry.runtime.policy;

import io.cookieregistry.runtime.internal.Checks;
import java.util.Locale;
import java.util.function.Function;

/** The formats a {@link CookiePolicy} renders to. Every format is deterministic: same policy, same text. */
public enum PolicyFormat {
  MARKDOWN("md", "text/markdown; charset=utf-8", MarkdownPolicyRenderer::render),
  HTML("html", "text/html; charset=utf-8", HtmlPolicyRenderer::render),
  JSON("json", "application/json", JsonPolicyRenderer::render);

  /** The base name of the policy files that the processor writes under {@link #DIRECTORY}. */
  public static final String BASE_NAME = "cookie-policy";
  /** Where the processor writes the policy in the class output, and so in the jar. */
  public static final String DIRECTORY = "META-INF/cookie-registry/";

  private final String extension;
  private final String mediaType;
  private final Function<CookiePolicy, String> renderer;

  PolicyFormat(String extension, String mediaType, Function<CookiePolicy, String> renderer) {
    this.extension = extension;
    this.mediaType = mediaType;
    this.renderer = renderer;
  }

  /** Renders the policy as a string ending in a newline. */
  public String render(CookiePolicy policy) {
    return renderer.apply(Checks.notNull(policy, "policy"));
  }

  /** The file extension, without a dot: {@code md}, {@code html}, {@code json}. */
  public String extension() {
    return extension;
  }

  /** The media type to serve it with. */
  public String mediaType() {
    return mediaType;
  }

  /** The resource path of this format's policy file in a jar, e.g. {@code META-INF/cookie-registry/cookie-policy.md}. */
  public String resourcePath() {
    return DIRECTORY + BASE_NAME + "." + extension;
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
}
