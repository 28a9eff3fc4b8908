package org.conflictledger.dashboard;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves the dashboard: {@code /} redirects to {@code /dashboard}, which is the static page
 * {@code static/dashboard/index.html}; its modules, styles, vendored libraries and map data sit
 * beside it. Everything under {@code /dashboard} carries the page's Content-Security-Policy: its own
 * origin only, plus the tile server when one is configured.
 */
@Configuration(proxyBeanMethods = false)
class DashboardConfig implements WebMvcConfigurer {

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addRedirectViewController("/", "/dashboard");
        registry.addViewController("/dashboard").setViewName("forward:/dashboard/index.html");
        registry.addViewController("/dashboard/").setViewName("forward:/dashboard/index.html");
    }

    /** The page's policy: scripts, styles, data and requests from the service's own origin only. */
    static String contentSecurityPolicy(DashboardProperties properties) {
        String tiles = properties.tileOrigin() == null ? "" : " " + properties.tileOrigin();
        return "default-src 'self'; script-src 'self'; "
                // ECharts writes inline style attributes into its tooltips; scripts stay strict
                + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:" + tiles + "; font-src 'self'; "
                + "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    }

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> dashboardPolicy(DashboardProperties properties) {
        String policy = contentSecurityPolicy(properties);
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
                new OncePerRequestFilter() {
                    @Override
                    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                            FilterChain chain) throws ServletException, IOException {
                        response.setHeader("Content-Security-Policy", policy);
                        chain.doFilter(request, response);
                    }
                });
        registration.addUrlPatterns("/dashboard", "/dashboard/*");
        registration.setName("dashboardContentSecurityPolicy");
        return registration;
    }
}
