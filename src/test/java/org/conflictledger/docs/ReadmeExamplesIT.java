package org.conflictledger.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.conflictledger.support.Api;
import org.conflictledger.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Keeps the README true: runs its bash examples, in order, with bash and curl against a fresh
 * schema of the service, as a newcomer would after the run command.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"ledger.security.api-keys=" + Api.KEYS, "ledger.db.schema=readme_examples"})
class ReadmeExamplesIT {

    private static final Pattern BASH_BLOCK = Pattern.compile("```bash\\n(.*?)```", Pattern.DOTALL);

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }

    @Test
    void runsEveryExampleOfTheReadmeVerbatim() throws Exception {
        assumeTrue(available("bash") && available("curl"), "bash and curl are needed to run the README");
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        String script = "set -u\n" + examples(readme)
                .replace("KEY=$(cat .ledger-dev-key)", "KEY=" + Api.ADMIN)
                .replace("http://localhost:8080", "http://localhost:" + port)
                // one answer per line, so that the output can be read line by line
                .replace("curl -s ", "curl -s -w '\\n' ");
        Process bash = new ProcessBuilder("bash", "-c", script).redirectErrorStream(true).start();
        String output = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(bash.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(bash.exitValue()).as(output).isZero();

        assertThat(output).as("no server error anywhere").doesNotContainPattern("\"status\":5\\d\\d")
                .doesNotContain("Internal error");
        assertThat(output).contains("\"launched\":{\"low\":88,\"best\":88,\"high\":null,\"claims\":2");
        assertThat(output).contains("/problems/illegal-transition");
        assertThat(output).containsPattern("\"ceasefires\":\\[\\{\"id\":\\d+,\"name\":\"Energy infrastructure "
                + "moratorium\",\"certainty\":\"CERTAIN\"}]");
        assertThat(output).contains("still has 2 negotiation events");
        List<String> lines = output.lines().toList();
        assertThat(lines.subList(lines.size() - 6, lines.size())).as("the deletions at the end")
                .containsOnly("204");
    }

    private static String examples(String readme) {
        String tour = readme.substring(readme.indexOf("## The API by example"));
        List<String> blocks = new ArrayList<>();
        Matcher matcher = BASH_BLOCK.matcher(tour);
        while (matcher.find()) {
            blocks.add(matcher.group(1));
        }
        assertThat(blocks).as("bash examples in the README").hasSizeGreaterThan(5);
        return String.join("\n", blocks);
    }

    private static boolean available(String command) {
        try {
            return new ProcessBuilder(command, "--version").redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
