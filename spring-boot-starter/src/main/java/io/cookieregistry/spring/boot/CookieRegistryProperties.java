package io.cookieregistry.spring.boot;

import io.cookieregistry.runtime.GuardMode;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The {@code cookie-registry.*} properties of a Spring Boot application. */
@ConfigurationProperties(prefix = CookieRegistryProperties.PREFIX)
public class CookieRegistryProperties {
  /** The prefix of every property of the starter. */
  public static final String PREFIX = "cookie-registry";

  /** Whether the starter guards responses and serves the policy and consent endpoints. */
  private boolean enabled = true;

  /**
   * What the guard does with a cookie that is undeclared, lacks the visitor's consent or breaks its
   * declared attributes: enforce (drop and log), report (log only) or strict (throw, for tests).
   */
  private GuardMode mode = GuardMode.ENFORCE;

  private final Policy policy = new Policy();
  private final Consent consent = new Consent();

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  public GuardMode getMode() {
    return mode;
  }

  public void setMode(GuardMode mode) {
    this.mode = mode;
  }

  public Policy getPolicy() {
    return policy;
  }

  public Consent getConsent() {
    return consent;
  }

  /** A page the starter serves: whether, and where. */
  public abstract static class Page {
    /** Whether it is served. */
    private boolean enabled = true;

    private String path;

    Page(String path) {
      this.path = path;
    }

    public boolean isEnabled() {
      return enabled;
    }

    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    public String getPath() {
      return path;
    }

    /** Where it is served. */
    public void setPath(String path) {
      this.path = path;
    }
  }

  /**
   * The cookie policy page, served at its path as HTML; the same path with .md, .json or .html, or
   * an Accept header, chooses the format.
   */
  public static class Policy extends Page {
    /** The site the policy speaks of; empty for the one given to the processor at compile time. */
    private String site = "";

    public Policy() {
      super("/cookie-policy");
    }

    public String getSite() {
      return site;
    }

    public void setSite(String site) {
      this.site = site;
    }
  }

  /**
   * The consent endpoint, which reads (GET) and records (POST) the visitor's choices in
   * cookies_preferences.
   */
  public static class Consent extends Page {
    /**
     * How long the browser keeps the visitor's choices; unset, the duration the application declares
     * for cookies_preferences, else 180 days (the same as the consent dialog's script).
     */
    private Duration maxAge;

    public Consent() {
      super("/cookie-consent");
    }

    public Duration getMaxAge() {
      return maxAge;
    }

    public void setMaxAge(Duration maxAge) {
      this.maxAge = maxAge;
    }
  }
}
