package org.conflictledger.dashboard;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves the dashboard: {@code /} redirects to {@code /dashboard}, which is the static page
 * {@code static/dashboard/index.html}; its modules, styles, vendored libraries and map data sit
 * beside it. The page's Content-Security-Policy is set with the other headers in {@code SecurityConfig}.
 */
@Configuration(proxyBeanMethods = false)
class DashboardConfig implements WebMvcConfigurer {

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addRedirectViewController("/", "/dashboard");
        registry.addViewController("/dashboard").setViewName("forward:/dashboard/index.html");
        registry.addViewController("/dashboard/").setViewName("forward:/dashboard/index.html");
    }
}
