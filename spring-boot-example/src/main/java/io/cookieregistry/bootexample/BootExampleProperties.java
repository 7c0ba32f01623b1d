package io.cookieregistry.bootexample;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** The example's own settings: {@code example.greeting}. */
@ConfigurationProperties("example")
record BootExampleProperties(@DefaultValue("Welcome to the shop") String greeting) {}
