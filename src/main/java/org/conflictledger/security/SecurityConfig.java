package org.conflictledger.security;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.conflictledger.common.ProblemResponses;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * Who may do what. Reads are open unless {@code ledger.security.open-reads=false}; writes need an
 * ANALYST key; deletes, parties and feeds need ADMIN. Missing key: 401; too weak a role: 403.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    @Bean
    RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.withDefaultRolePrefix()
                .role(Role.ADMIN.name()).implies(Role.ANALYST.name())
                .role(Role.ANALYST.name()).implies(Role.READER.name())
                .build();
    }

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, ApiKeys keys, ProblemResponses problems,
            SecurityProperties properties, CorsProperties cors) throws Exception {
        http.csrf(AbstractHttpConfigurer::disable)
                .cors(c -> c.configurationSource(corsSource(cors)))
                .headers(h -> h
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER))
                        // the API serves JSON only: nothing may be loaded or framed from it (Swagger UI keeps its own)
                        .addHeaderWriter((request, response) -> {
                            String path = request.getRequestURI();
                            // the dashboard page sets its own policy (DashboardConfig)
                            if (!path.startsWith("/swagger-ui") && !path.startsWith("/v3/api-docs")
                                    && !path.equals("/dashboard") && !path.startsWith("/dashboard/")) {
                                response.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
                            }
                        }))
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilterBefore(new ApiKeyFilter(keys, problems), AnonymousAuthenticationFilter.class)
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((request, response, ex) -> {
                            response.setHeader("WWW-Authenticate", "ApiKey header=\"" + ApiKeyFilter.HEADER + "\"");
                            problems.write(response, HttpStatus.UNAUTHORIZED, "unauthorized", "API key required",
                                    "This request needs an API key in the " + ApiKeyFilter.HEADER + " header.");
                        })
                        .accessDeniedHandler((request, response, ex) -> problems.write(response,
                                HttpStatus.FORBIDDEN, "forbidden", "Role too weak",
                                "The API key's role may not " + request.getMethod() + " " + request.getRequestURI()
                                        + ".")))
                .authorizeHttpRequests(a -> {
                    a.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll();
                    a.requestMatchers("/actuator/**").hasRole(Role.ADMIN.name());
                    a.requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml", "/swagger-ui.html",
                            "/swagger-ui/**", "/problems/**", "/error").permitAll();
                    a.requestMatchers("/api/v1/feeds", "/api/v1/feeds/**").hasRole(Role.ADMIN.name());
                    if (properties.openReads()) {
                        a.requestMatchers(HttpMethod.GET, "/api/**").permitAll();
                        a.requestMatchers(HttpMethod.HEAD, "/api/**").permitAll();
                    } else {
                        a.requestMatchers(HttpMethod.GET, "/api/**").hasRole(Role.READER.name());
                        a.requestMatchers(HttpMethod.HEAD, "/api/**").hasRole(Role.READER.name());
                    }
                    a.requestMatchers(HttpMethod.OPTIONS, "/api/**").permitAll();
                    a.requestMatchers(HttpMethod.DELETE, "/api/**").hasRole(Role.ADMIN.name());
                    a.requestMatchers(HttpMethod.POST, "/api/v1/articles/extract", "/api/v1/articles/*/extract")
                            .hasRole(Role.ADMIN.name());
                    a.requestMatchers("/api/v1/parties", "/api/v1/parties/**").hasRole(Role.ADMIN.name());
                    a.requestMatchers("/api/**").hasRole(Role.ANALYST.name());
                    a.anyRequest().permitAll();
                });
        return http.build();
    }

    /** Browser dashboards on the configured origins may read and, with a key, write. */
    private static UrlBasedCorsConfigurationSource corsSource(CorsProperties cors) {
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        if (cors.allowedOrigins().isEmpty()) {
            return source;
        }
        CorsConfiguration config = new CorsConfiguration();
        config.setAllowedOrigins(cors.allowedOrigins());
        config.setAllowedMethods(List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"));
        config.setAllowedHeaders(List.of("X-API-Key", "Content-Type", "Accept", "If-Match", "If-None-Match",
                "Idempotency-Key"));
        config.setExposedHeaders(List.of("ETag", "Location", "Retry-After", "RateLimit-Limit", "RateLimit-Remaining",
                "RateLimit-Reset", "RateLimit-Policy", "Idempotent-Replayed"));
        config.setAllowCredentials(false);
        config.setMaxAge(3600L);
        source.registerCorsConfiguration("/api/**", config);
        return source;
    }
}
