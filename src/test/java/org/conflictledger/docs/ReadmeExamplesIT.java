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
    void runsEveryExampleOfTheReadmeVerbatimAndEachAnswersWhatItsCommentSays() throws Exception {
        assumeTrue(available("bash") && available("curl"), "bash and curl are needed to run the README");
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        String examples = examples(readme);
        long curlLines = examples.lines().filter(l -> !l.strip().startsWith("#") && l.contains("curl ")).count();
        String script = "set -u\n" + CURL_REPORTING_STATUS + expectations(examples)
                .replace("KEY=$(cat .ledger-dev-key)", "KEY=" + Api.ADMIN)
                .replace("http://localhost:8080", "http://localhost:" + port);
        Process bash = new ProcessBuilder("bash", "-c", script).redirectErrorStream(true).start();
        String output = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(bash.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(bash.exitValue()).as(output).isZero();

        assertThat(output).as("no server error anywhere").doesNotContainPattern("\"status\":5\\d\\d")
                .doesNotContain("Internal error");
        // curl's stdout is flushed when it ends, its stderr at once: a report may follow other output on a line
        List<String[]> answers = new ArrayList<>();
        Matcher report = REPORT.matcher(output);
        while (report.find()) {
            answers.add(new String[] {"@@", report.group(1), report.group(2)});
        }
        assertThat((long) answers.size()).as("curl calls answered: %s", output).isGreaterThanOrEqualTo(curlLines);
        List<String> promised = new ArrayList<>();
        for (String[] answer : answers) {
            assertThat(Integer.parseInt(answer[2])).as("a status, never a server error: %s", output).isBetween(200, 499);
            if (!answer[1].equals("any")) {
                promised.add(answer[1]);
                assertThat(answer[2]).as("the status the README's comment promises (%s)", output).isEqualTo(answer[1]);
            }
        }
        assertThat(promised).as("statuses the README's comments name").contains("409", "400", "202", "304", "200", "412",
                "422");
        assertThat(output).contains("\"launched\":{\"low\":88,\"best\":88,\"high\":null,\"claims\":2");
        assertThat(output).contains("/problems/illegal-transition");
        assertThat(output).containsPattern("\"ceasefires\":\\[\\{\"id\":\\d+,\"name\":\"Energy infrastructure "
                + "moratorium\",\"certainty\":\"CERTAIN\"}]");
        assertThat(output).contains("still has 2 negotiation events");
        List<String> last = answers.subList(answers.size() - 6, answers.size()).stream().map(a -> a[2]).toList();
        assertThat(last).as("the deletions at the end").containsOnly("204");
    }

    /**
     * curl as the README calls it, plus one line {@code @@ EXPECTED STATUS} on stderr per call (after the
     * caller's own {@code -w}, if any, or a line break): EXPECTED is what the comment above the call names.
     */
    private static final String CURL_REPORTING_STATUS = """
            EXPECT=
            curl() {
              local args=() format='\\n' i=1
              while [ $i -le $# ]; do
                if [ "${!i}" = -w ] || [ "${!i}" = --write-out ]; then i=$((i + 1)); format="${!i}"
                else args+=("${!i}"); fi
                i=$((i + 1))
              done
              command curl "${args[@]}" -w "${format}%{stderr}@@ ${EXPECT:-any} %{http_code}\\n"
            }
            """;

    private static final Pattern REPORT = Pattern.compile("@@ (\\S+) (\\d{3})");

    private static final Pattern STATUS = Pattern.compile(
            "\\b(200|201|202|204|304|308|400|401|403|404|409|412|413|415|422|428|429)\\b");

    /**
     * The examples with {@code EXPECT=status} set around each curl command whose comment (the comment
     * lines right above it) names a status.
     */
    private static String expectations(String examples) {
        StringBuilder out = new StringBuilder();
        StringBuilder comment = new StringBuilder();
        boolean inCommand = false;
        for (String line : examples.split("\n", -1)) {
            String trimmed = line.strip();
            if (!inCommand && trimmed.startsWith("#")) {
                comment.append(trimmed).append(' ');
                out.append(line).append('\n');
                continue;
            }
            if (!inCommand && line.contains("curl ")) {
                Matcher status = STATUS.matcher(comment);
                if (status.find()) {
                    out.append("EXPECT=").append(status.group(1)).append('\n');
                    inCommand = true;
                }
            }
            comment.setLength(0);
            out.append(line).append('\n');
            if (inCommand && !trimmed.endsWith("\\")) {
                out.append("EXPECT=\n");
                inCommand = false;
            }
        }
        return out.toString();
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
