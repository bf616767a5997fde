package com.caseflow.common;

import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/** Language from Accept-Language (zh-CN default, en), and the React app's client-side routes. */
@Configuration
public class WebConfig implements WebMvcConfigurer {

  /** Top-level paths the React router owns; a reload on any of them must serve index.html. */
  static final List<String> SPA_ROUTES =
      List.of("login", "tasks", "cases", "leads", "spot-checks", "dashboard", "modeling", "done", "started", "cc",
          "notifications", "admin", "public", "ad-monitoring");

  @Bean
  public LocaleResolver localeResolver() {
    AcceptHeaderLocaleResolver resolver = new AcceptHeaderLocaleResolver();
    resolver.setDefaultLocale(Locale.SIMPLIFIED_CHINESE);
    resolver.setSupportedLocales(List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH));
    return resolver;
  }

  @Override
  public void addViewControllers(ViewControllerRegistry registry) {
    for (String route : SPA_ROUTES) {
      registry.addViewController("/" + route).setViewName("forward:/index.html");
      registry.addViewController("/" + route + "/**").setViewName("forward:/index.html");
    }
  }
}
