package org.conflictledger.openapi;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;

/**
 * The document's title, version (the project's, from the build) and description (the API's
 * conventions, {@code openapi/description.md}), and the {@code X-API-Key} scheme.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

    static {
        // a raw JSON body (merge patches) is described by @MergePatchOf, never as Jackson's JsonNode class
        SpringDocUtils.getConfig().replaceWithSchema(tools.jackson.databind.JsonNode.class, Schemas.of("object"));
    }

    @Bean
    OpenAPI ledgerOpenApi(ObjectProvider<BuildProperties> build) throws IOException {
        BuildProperties properties = build.getIfAvailable();
        String version = properties == null ? "development" : properties.getVersion();
        return new OpenAPI()
                .info(new Info().title("Conflict Ledger API").version(version).description(description()))
                .components(new Components().addSecuritySchemes(LedgerDocument.KEY_SCHEME, new SecurityScheme()
                        .type(SecurityScheme.Type.APIKEY).in(SecurityScheme.In.HEADER).name("X-API-Key")
                        .description("An API key from LEDGER_API_KEYS; its role (READER, ANALYST, ADMIN) decides"
                                + " what it may do. Reads need none unless the service is set to require one.")));
    }

    private static String description() throws IOException {
        try (InputStream in = new ClassPathResource("openapi/description.md").getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
