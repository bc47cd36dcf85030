package org.ansinh.server.registry.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.ansinh.server.platform.NotFoundException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every registry page shares: whether it is shown in English (records carry both languages'
 * labels; the page picks one), and a record out of the reader's scope answered with the web app's
 * 404 page rather than the API's problem document.
 */
@ControllerAdvice(basePackageClasses = RegistryPageAdvice.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class RegistryPageAdvice {

  @ModelAttribute("en")
  boolean english(Locale locale) {
    return "en".equals(locale.getLanguage());
  }

  /** Out of scope reads as "not found", as in the API: nobody learns what exists elsewhere. */
  @ExceptionHandler(NotFoundException.class)
  void notFound(HttpServletResponse response) throws IOException {
    response.sendError(HttpServletResponse.SC_NOT_FOUND);
  }
}
