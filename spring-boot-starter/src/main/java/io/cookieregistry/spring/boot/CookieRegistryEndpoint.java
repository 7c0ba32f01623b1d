package io.cookieregistry.spring.boot;

import io.cookieregistry.runtime.CookieAttribute;
import io.cookieregistry.runtime.CookieDeclaration;
import io.cookieregistry.runtime.CookieRegistry;
import io.cookieregistry.runtime.Decision.Reason;
import io.cookieregistry.runtime.GuardStats;
import io.cookieregistry.runtime.SetCookieEnforcer;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;

/**
 * The actuator endpoint {@code cookieregistry}: the guard's mode, every declaration in policy order,
 * and the guard's decisions counted by reason since start-up.
 */
@Endpoint(id = "cookieregistry")
public class CookieRegistryEndpoint {
  private final CookieRegistry registry;
  private final SetCookieEnforcer enforcer;

  public CookieRegistryEndpoint(CookieRegistry registry, SetCookieEnforcer enforcer) {
    this.registry = registry;
    this.enforcer = enforcer;
  }

  @ReadOperation
  public Map<String, Object> cookieRegistry() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("mode", key(enforcer.mode().name()));
    body.put("site", registry.site());
    body.put("declarations", registry.declarations().stream().map(CookieRegistryEndpoint::row).toList());
    GuardStats stats = enforcer.stats();
    Map<String, Long> decisions = new LinkedHashMap<>();
    for (Reason reason : Reason.values()) {
      decisions.put(key(reason.name()), stats.count(reason));
    }
    body.put("decisions", decisions);
    body.put("dropped", stats.dropped());
    return body;
  }

  /** Every declared attribute, under the annotation's member name, and whether it needs consent. */
  private static Map<String, Object> row(CookieDeclaration d) {
    Map<String, Object> row = new LinkedHashMap<>();
    for (CookieAttribute<?> attribute : CookieAttribute.all()) {
      Object value = d.get(attribute);
      row.put(attribute.name(), value instanceof Enum<?> ? key(((Enum<?>) value).name()) : value);
    }
    row.put("requiresConsent", d.requiresConsent());
    return row;
  }

  /** An enum constant as the JSON of the policy spells it: {@code no_consent}. */
  static String key(String constant) {
    return constant.toLowerCase(Locale.ROOT);
  }
}
