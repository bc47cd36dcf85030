package org.ansinh.server.platform.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.TreeSet;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Languages: Vietnamese unless the user chose English ({@code ?lang=en}, kept in a cookie for a
 * year). Messages: every {@code messages/*_vi.properties} on the class path is a bundle, so a
 * module adds its own pair of files and touches nothing shared.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

  static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

  @Bean
  LocaleResolver localeResolver() {
    CookieLocaleResolver resolver = new CookieLocaleResolver("ansinh-lang");
    resolver.setDefaultLocale(VIETNAMESE);
    resolver.setCookieMaxAge(Duration.ofDays(365));
    return resolver;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    LocaleChangeInterceptor change = new LocaleChangeInterceptor();
    change.setParamName("lang");
    change.setIgnoreInvalidLocale(true);
    registry.addInterceptor(change);
  }

  @Bean
  MessageSource messageSource() {
    ReloadableResourceBundleMessageSource source = new ReloadableResourceBundleMessageSource();
    source.setBasenames(bundles().toArray(String[]::new));
    source.setDefaultEncoding(StandardCharsets.UTF_8.name());
    source.setFallbackToSystemLocale(false);
    source.setDefaultLocale(VIETNAMESE);
    return source;
  }

  /** The base names of every message bundle: {@code classpath:messages/registry} and so on. */
  static TreeSet<String> bundles() {
    TreeSet<String> names = new TreeSet<>();
    try {
      for (Resource r :
          new PathMatchingResourcePatternResolver()
              .getResources("classpath*:messages/*_vi.properties")) {
        String file = r.getFilename();
        names.add(
            "classpath:messages/" + file.substring(0, file.length() - "_vi.properties".length()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the message bundles", e);
    }
    return names;
  }
}
