package io.cookieregistry.runtime.servlet;

import io.cookieregistry.runtime.servlet.internal.SetCookieFormatter;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Hand-written stand-ins for the servlet objects the filter touches. The interfaces are large and
 * the filter uses a handful of methods, so each is a {@link Proxy} that answers those and returns
 * the type's default for the rest.
 */
final class ServletDoubles {
  private ServletDoubles() {}

  /** A response that records what reaches it: {@code addCookie name=value…}, {@code addHeader Name: value}. */
  static final class RecordingResponse {
    final List<String> calls = new ArrayList<>();
    final HttpServletResponse proxy = proxy(HttpServletResponse.class, (name, args) -> {
      switch (name) {
        case "addCookie":
          calls.add("addCookie " + (args[0] == null ? null : SetCookieFormatter.format((Cookie) args[0])));
          return null;
        case "addHeader":
        case "setHeader":
        case "addIntHeader":
        case "setIntHeader":
        case "addDateHeader":
        case "setDateHeader":
          calls.add(name + " " + args[0] + ": " + args[1]);
          return null;
        default:
          return NOT_HANDLED;
      }
    });
  }

  /** A request whose {@code Cookie} headers are these. */
  static HttpServletRequest request(String... cookieHeaders) {
    List<String> headers = List.of(cookieHeaders);
    return proxy(HttpServletRequest.class, (name, args) -> name.equals("getHeaders")
        && "cookie".equalsIgnoreCase((String) args[0])
        ? Collections.enumeration(headers) : NOT_HANDLED);
  }

  /** A filter configuration with these init parameters, whose servlet context stores attributes in {@code attributes}. */
  static FilterConfig config(Map<String, String> parameters, Map<String, Object> attributes) {
    ServletContext context = proxy(ServletContext.class, (name, args) -> {
      if (name.equals("setAttribute")) {
        attributes.put((String) args[0], args[1]);
        return null;
      }
      return NOT_HANDLED;
    });
    return new FilterConfig() {
      @Override
      public String getFilterName() {
        return "cookieGuard";
      }

      @Override
      public ServletContext getServletContext() {
        return context;
      }

      @Override
      public String getInitParameter(String name) {
        return parameters.get(name);
      }

      @Override
      public Enumeration<String> getInitParameterNames() {
        return Collections.enumeration(parameters.keySet());
      }
    };
  }

  static Map<String, Object> attributes() {
    return new HashMap<>();
  }

  private static final Object NOT_HANDLED = new Object();

  private interface Answer {
    Object answer(String method, Object[] args);
  }

  private static <T> T proxy(Class<T> type, Answer answer) {
    Object proxy = Proxy.newProxyInstance(ServletDoubles.class.getClassLoader(), new Class<?>[] {type},
        (self, method, args) -> {
          if (method.getName().equals("toString") && method.getParameterCount() == 0) {
            return type.getSimpleName() + " double";
          }
          Object result = answer.answer(method.getName(), args);
          return result != NOT_HANDLED ? result : defaultValue(method.getReturnType());
        });
    return type.cast(proxy);
  }

  private static Object defaultValue(Class<?> type) {
    if (type == boolean.class) {
      return false;
    }
    if (type == int.class || type == long.class || type == short.class || type == byte.class) {
      return type == long.class ? (Object) 0L : type == int.class ? (Object) 0
          : type == short.class ? (Object) (short) 0 : (Object) (byte) 0;
    }
    if (type == char.class) {
      return (char) 0;
    }
    if (type == float.class || type == double.class) {
      return type == float.class ? (Object) 0f : (Object) 0d;
    }
    return null;
  }
}
