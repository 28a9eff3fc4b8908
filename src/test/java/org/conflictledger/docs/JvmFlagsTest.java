package org.conflictledger.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The JVM flags the service runs with are stated once in pom.xml ({@code service.jvm.options}, used by
 * {@code ./mvnw spring-boot:run} and bench/run.sh); the Dockerfile and the README must say the same.
 */
class JvmFlagsTest {

    private static String flags() throws IOException {
        Matcher m = Pattern.compile("<service.jvm.options>(.*?)</service.jvm.options>")
                .matcher(Files.readString(Path.of("pom.xml")));
        assertThat(m.find()).as("pom.xml states service.jvm.options").isTrue();
        return m.group(1).trim();
    }

    @Test
    void theDockerImageRunsWithThePomsFlags() throws IOException {
        String dockerfile = Files.readString(Path.of("Dockerfile"));
        Matcher entry = Pattern.compile("ENTRYPOINT \\[(.*)]").matcher(dockerfile);
        assertThat(entry.find()).isTrue();
        String command = entry.group(1).replace("\"", "").replace(",", "");
        assertThat(command).isEqualTo("java " + flags() + " -jar /app.jar");
        assertThat(dockerfile).contains("ENV MALLOC_ARENA_MAX=2");
    }

    @Test
    void theReadmeStatesThePomsFlags() throws IOException {
        String readme = Files.readString(Path.of("README.md")).replace("\\\n", " ").replaceAll(" +", " ");
        assertThat(readme).contains("MALLOC_ARENA_MAX=2 java " + flags() + " -jar");
    }
}
