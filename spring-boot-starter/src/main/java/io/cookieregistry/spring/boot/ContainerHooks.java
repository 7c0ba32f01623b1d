package io.cookieregistry.spring.boot;

import io.cookieregistry.runtime.SetCookieEnforcer;
import io.cookieregistry.runtime.servlet.ConsentResolver;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.util.ClassUtils;

/**
 * Installs the embedded container's own guard, which sees what the servlet filter cannot (the
 * session cookie, headers written past the filter): Tomcat's guarding cookie processor, Jetty's
 * guard handler. Boot applies the customizer beans of its container; Boot 4 moved those interfaces
 * to other packages, so each hook names the interface of both lines and registers a customizer of
 * the one present, whose single method hands the container's object to the hook.
 */
final class ContainerHooks implements BeanDefinitionRegistryPostProcessor {

  /** One container: the classes that must be present, the Boot customizer interfaces, the installer. */
  enum Hook {
    TOMCAT(List.of("org.apache.catalina.Context", "io.cookieregistry.tomcat.GuardedCookieProcessor"),
        List.of("org.springframework.boot.tomcat.TomcatContextCustomizer",
            "org.springframework.boot.web.embedded.tomcat.TomcatContextCustomizer"),
        ContainerGuard.Coverage.COOKIES) {
      @Override
      void install(Object context, SetCookieEnforcer enforcer, ConsentResolver consentResolver) {
        TomcatHook.install(context, enforcer, consentResolver);
      }
    },
    JETTY(List.of("org.eclipse.jetty.server.Server", "io.cookieregistry.jetty.CookieGuardHandler"),
        List.of("org.springframework.boot.jetty.JettyServerCustomizer",
            "org.springframework.boot.web.embedded.jetty.JettyServerCustomizer"),
        ContainerGuard.Coverage.ALL) {
      @Override
      void install(Object server, SetCookieEnforcer enforcer, ConsentResolver consentResolver) {
        JettyHook.install(server, enforcer);
      }
    };

    final List<String> required;
    final List<String> customizers;
    final ContainerGuard.Coverage coverage;

    Hook(List<String> required, List<String> customizers, ContainerGuard.Coverage coverage) {
      this.required = required;
      this.customizers = customizers;
      this.coverage = coverage;
    }

    /** Guards the container's object that Boot's customizer receives. */
    abstract void install(Object target, SetCookieEnforcer enforcer, ConsentResolver consentResolver);
  }

  private final ClassLoader classLoader = ContainerHooks.class.getClassLoader();

  @Override
  public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
    BeanFactory beans = (BeanFactory) registry;
    for (Hook hook : Hook.values()) {
      if (hook.required.stream().allMatch(name -> ClassUtils.isPresent(name, classLoader))) {
        hook.customizers.stream().filter(name -> ClassUtils.isPresent(name, classLoader)).findFirst()
            .ifPresent(name -> register(registry, hook, ClassUtils.resolveClassName(name, classLoader),
                target -> {
                  hook.install(target, beans.getBean(SetCookieEnforcer.class),
                      beans.getBean(ConsentResolver.class));
                  beans.getBean(ContainerGuard.class).installed(hook.coverage);
                }));
      }
    }
  }

  @Override
  public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {}

  private <T> void register(BeanDefinitionRegistry registry, Hook hook, Class<T> customizer,
      Consumer<Object> action) {
    InvocationHandler handler = (proxy, method, args) -> invoke(proxy, method, args, hook, action);
    Object instance = Proxy.newProxyInstance(classLoader, new Class<?>[] {customizer}, handler);
    RootBeanDefinition definition =
        new RootBeanDefinition(customizer, () -> customizer.cast(instance));
    registry.registerBeanDefinition("cookieGuard" + hook.name().charAt(0)
        + hook.name().substring(1).toLowerCase(java.util.Locale.ROOT) + "Customizer", definition);
  }

  private static Object invoke(Object proxy, Method method, Object[] args, Hook hook,
      Consumer<Object> action) throws Throwable {
    if (method.getDeclaringClass() == Object.class) {
      switch (method.getName()) {
        case "equals":
          return proxy == args[0];
        case "hashCode":
          return System.identityHashCode(proxy);
        default:
          return "cookie guard " + hook + " customizer";
      }
    }
    if (method.isDefault()) {
      return InvocationHandler.invokeDefault(proxy, method, args);
    }
    action.accept(args[0]);
    return null;
  }
}
