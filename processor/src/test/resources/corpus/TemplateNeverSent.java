// outcome: not-a-write
// shape: cookie object built only to read its defaults, never sent
package corpus;

import jakarta.servlet.http.Cookie;

class TemplateNeverSent {
  int defaultAge() {
    Cookie probe = new Cookie("probe_only", "");
    probe.setMaxAge(600);
    return probe.getMaxAge();
  }
}
