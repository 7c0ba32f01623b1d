// outcome: detected
// shape: name kept in a constants class of the project
package corpus;

import jakarta.servlet.http.Cookie;

final class WebConstants {
  static final String TRACKER_COOKIE = "trk";
  private WebConstants() {}
}

class ConstantsClass {
  Cookie tracker(String id) {
    return new Cookie(WebConstants.TRACKER_COOKIE, id); // BUG: undeclared trk
  }
}
