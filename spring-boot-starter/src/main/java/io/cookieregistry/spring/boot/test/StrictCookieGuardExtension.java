package io.cookieregistry.spring.boot.test;

import io.cookieregistry.spring.boot.internal.StrictGuardSwitch;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** The JUnit 5 extension behind {@link StrictCookieGuard}; also usable with {@code @ExtendWith}. */
public final class StrictCookieGuardExtension implements BeforeEachCallback, AfterEachCallback {

  @Override
  public void beforeEach(ExtensionContext context) {
    StrictGuardSwitch.activate();
  }

  @Override
  public void afterEach(ExtensionContext context) {
    List<String> refusals = StrictGuardSwitch.deactivate();
    if (!refusals.isEmpty()) {
      throw new AssertionError("The cookie guard refused " + refusals.size() + " Set-Cookie"
          + " during " + context.getDisplayName() + ":\n  " + String.join("\n  ", refusals));
    }
  }
}
