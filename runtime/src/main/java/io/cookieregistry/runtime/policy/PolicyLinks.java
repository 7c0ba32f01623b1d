package io.cookieregistry.runtime.policy;

import java.util.Locale;
import java.util.Optional;

/**
 * Which addresses a policy links to. Only plain ones: a page of the site, an {@code http(s)} URL,
 * an e-mail address; never a {@code javascript:} or {@code data:} URL, never whitespace or control
 * characters, so a link in the page can only lead where it says.
 */
final class PolicyLinks {
  private PolicyLinks() {}

  /** A path on the site ({@code /consent}) or an absolute {@code http(s)} URL. */
  static boolean isPageAddress(String url) {
    if (url.isEmpty() || !printable(url)) {
      return false;
    }
    String lower = url.toLowerCase(Locale.ROOT);
    return (url.startsWith("/") && !url.startsWith("//"))
        || ((lower.startsWith("https://") || lower.startsWith("http://")) && url.indexOf('.') > 0);
  }

  /** The link to a contact: {@code mailto:} for an e-mail address, the URL itself for a page. */
  static Optional<String> contactHref(String contact) {
    if (!printable(contact)) {
      return Optional.empty();
    }
    if (isPageAddress(contact) && !contact.startsWith("/")) {
      return Optional.of(contact);
    }
    int at = contact.indexOf('@');
    boolean email = at > 0 && at == contact.lastIndexOf('@') && contact.indexOf('.', at) > at + 1
        && !contact.endsWith(".") && contact.indexOf(':') < 0 && contact.indexOf('/') < 0;
    return email ? Optional.of("mailto:" + contact) : Optional.empty();
  }

  /** No whitespace, no control characters, no characters that would end an attribute or a tag. */
  private static boolean printable(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c <= ' ' || c == 0x7f || c == '"' || c == '<' || c == '>' || c == '\\' || c == '`') {
        return false;
      }
    }
    return true;
  }
}
