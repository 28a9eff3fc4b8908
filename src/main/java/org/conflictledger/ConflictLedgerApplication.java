package org.conflictledger;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

// keys are this service's only credentials: no generated user or password
@SpringBootApplication(excludeName = "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration")
@ConfigurationPropertiesScan
public class ConflictLedgerApplication {

    public static void main(String[] args) {
        SpringApplication.run(ConflictLedgerApplication.class, args);
    }
}
