package org.ansinh.server.platform;

import org.ansinh.engine.Legislation;
import org.ansinh.policy.vn.VietnamLegislation;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Vietnam's law as code, loaded once (parameters from YAML, formulas from policy-vn). */
@Configuration(proxyBeanMethods = false)
class LawConfiguration {

  @Bean
  Legislation legislation() {
    return VietnamLegislation.get();
  }
}
