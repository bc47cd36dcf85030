package org.ansinh.server.platform.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Two doors. The API ({@code /api/**}): HTTP Basic on every request, no session and so no CSRF
 * token (no cookie can act for the caller). The web app: a sign-in form, a session that times out
 * ({@code server.servlet.session.timeout}), CSRF tokens on every form and htmx request. What the
 * law says is public: the calculation and catalogue API, the screener, the law browser, health.
 * Everything else needs an account; which role may do what is said on each controller
 * ({@code @PreAuthorize}) and, for records, by {@link org.ansinh.server.platform.Actor}.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

  /** Paths anyone may use, signed in or not. */
  private static final String[] PUBLIC_API = {
    "/api/v1/calculate",
    "/api/v1/trace",
    "/api/v1/parameters/**",
    "/api/v1/parameters",
    "/api/v1/variables/**",
    "/api/v1/variables",
    "/api/v1/reforms/**",
    "/api/v1/reforms",
    "/api/v1/areas/**",
    "/api/v1/areas"
  };

  private static final String[] PUBLIC_WEB = {
    "/",
    "/login",
    "/error",
    "/screener/**",
    "/law/**",
    "/css/**",
    "/js/**",
    "/img/**",
    "/webjars/**",
    "/favicon.ico",
    "/actuator/health/**",
    "/actuator/prometheus",
    "/v3/api-docs/**",
    "/swagger-ui/**",
    "/swagger-ui.html"
  };

  @Bean
  PasswordEncoder passwordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }

  @Bean
  @Order(1)
  SecurityFilterChain api(HttpSecurity http) throws Exception {
    ApiAccessProblems problems = new ApiAccessProblems();
    return http.securityMatcher("/api/**")
        .authorizeHttpRequests(
            a -> a.requestMatchers(PUBLIC_API).permitAll().anyRequest().authenticated())
        .httpBasic(b -> b.authenticationEntryPoint(problems))
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(c -> c.disable())
        .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
        .build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain web(HttpSecurity http) throws Exception {
    return http.authorizeHttpRequests(
            a -> a.requestMatchers(PUBLIC_WEB).permitAll().anyRequest().authenticated())
        .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
        .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/?signedOut").permitAll())
        .headers(
            h ->
                h.contentSecurityPolicy(
                    c ->
                        c.policyDirectives(
                            "default-src 'self'; img-src 'self' data:; style-src 'self'"
                                + " 'unsafe-inline'; frame-ancestors 'none'")))
        .build();
  }
}
