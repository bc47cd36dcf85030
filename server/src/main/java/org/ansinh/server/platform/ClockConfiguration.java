package org.ansinh.server.platform;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * "Today" for every module, in Vietnam's time zone (a birth date entered just after midnight in Ho
 * Chi Minh City is not in the future). Injected, so tests can fix it.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

  static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  @Bean
  Clock clock() {
    return Clock.system(VIETNAM);
  }
}
