package org.newsgraph.packaged;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/**
 * README's own commands, run as a reader would run them and compared with the outputs README shows, so that README
 * cannot drift from what the service does. The blocks to run are marked in README by an HTML comment before them:
 * {@code <!-- readme-test: start -->} (a command that starts the service: run in the background until it answers),
 * {@code run} (run to its end; its output is compared with the next block when that one is marked {@code output}),
 * {@code stop} (no block: the service gets Ctrl-C, SIGINT to its process group as a terminal sends it, and must end
 * with exit code 130). They run in README order, in one bash session from the project folder, on a fresh data folder
 * (NEWSGRAPH_DATA_DIR) and a free port: the only changes made to them are that folder for {@code data/} and that port
 * for {@code localhost:8080}. Durations and rates in outputs ({@code 0.8 s}, {@code (4/s)}) match any number.
 */
class ReadmeIT {
    private static final Path README = Path.of("README.md");
    private static final Pattern MARKED_BLOCK = Pattern.compile(
            "<!-- readme-test: (start|run|output|stop) -->\\n(?:```[a-z]*\\n(.*?)```\\n)?", Pattern.DOTALL);
    private static final String STEP = "@@readme-step ";
    private static final int TIMEOUT_MINUTES = 10;

    @TempDir
    Path work;

    /** One marked block: what to do with it, its text, and for a run the output README shows (null when none). */
    record Step(String kind, String text, String expectedOutput) {
    }

    @Test
    void readmeCommandsPrintWhatReadmeShows() throws Exception {
        List<Step> steps = steps(Files.readString(README, StandardCharsets.UTF_8));
        assertTrue(steps.stream().anyMatch(step -> step.kind().equals("start")) && steps.stream().anyMatch(step -> step.expectedOutput() != null),
                "README marks commands to run and outputs to compare: " + steps);
        Path data = work.resolve("data");
        int port = freePort();

        Path script = work.resolve("readme.sh");
        Files.writeString(script, script(steps, port), StandardCharsets.UTF_8);
        Path output = work.resolve("output.txt");
        ProcessBuilder builder = new ProcessBuilder("bash", script.toString()).redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().put("NEWSGRAPH_DATA_DIR", data.toString());
        builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
        Process bash = builder.start();
        if (!bash.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            bash.destroyForcibly();
            throw new AssertionError("README's commands did not end within " + TIMEOUT_MINUTES + " minutes:\n" + read(output));
        }
        String printed = read(output);
        assertEquals(0, bash.exitValue(), "README's commands ran:\n" + printed);

        List<String> outputs = outputsByStep(printed, steps.size());
        List<Executable> checks = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            String printedByStep = outputs.get(i);
            if (step.expectedOutput() != null) {
                checks.add(() -> assertEquals(normalized(step.expectedOutput()), normalized(printedByStep), "the output of README's\n" + step.text()));
            }
            if (step.kind().equals("stop")) {
                checks.add(() -> assertEquals("exit 130", printedByStep.strip(), "Ctrl-C stops the service (exit code 130 = 128 + SIGINT)"));
            }
            if (step.kind().equals("start")) {
                String log = read(work.resolve("service-" + i + ".log"));
                checks.add(() -> assertFalse(log.contains("BUILD FAILURE") || log.contains("ERROR"), "the service ran and stopped cleanly:\n" + log));
                checks.add(() -> assertTrue(log.contains("Listening on: http://127.0.0.1:" + port), "only this machine can connect:\n" + log));
            }
        }
        checks.add(() -> assertTrue(Files.exists(data.resolve("dev-key")), "the development key is kept in the data folder"));
        assertAll(checks);
    }

    @Test
    void theTwoCommandsAreTheTestedStartAndTheCommandCiRuns() throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        Matcher twoCommands = Pattern.compile("## The two commands\\n.*?```bash\\n(.*?)```", Pattern.DOTALL).matcher(readme);
        assertTrue(twoCommands.find(), "README has its two commands");
        List<String> commands = twoCommands.group(1).lines().map(line -> line.replaceAll("\\s+#.*", "").strip()).toList();
        assertEquals(2, commands.size(), commands.toString());
        String start = steps(readme).stream().filter(step -> step.kind().equals("start")).findFirst().orElseThrow().text().strip();
        assertEquals(start, commands.get(0), "the start command is the one this test runs");
        List<String> ci = Files.readAllLines(Path.of(".ci/run"), StandardCharsets.UTF_8);
        assertEquals(commands.get(1), ci.get(ci.size() - 1).strip(), ".ci/run ends by running README's test command");
    }

    static List<Step> steps(String readme) {
        List<Step> steps = new ArrayList<>();
        Matcher marked = MARKED_BLOCK.matcher(readme);
        while (marked.find()) {
            String kind = marked.group(1);
            if (kind.equals("output")) {
                Step run = steps.remove(steps.size() - 1);
                assertEquals("run", run.kind(), "an output block follows the block that prints it");
                steps.add(new Step(run.kind(), run.text(), marked.group(2)));
            } else {
                assertEquals(kind.equals("stop"), marked.group(2) == null, "a code block follows each marker but stop's: " + marked.group());
                steps.add(new Step(kind, marked.group(2), null));
            }
        }
        return steps;
    }

    /**
     * The steps as one bash script. Job control on: each started service gets a process group of its own, which takes
     * SIGINT as a terminal's Ctrl-C delivers it (without it, bash starts background commands ignoring SIGINT).
     */
    private String script(List<Step> steps, int port) {
        StringBuilder script = new StringBuilder("""
                set -m
                cd %s
                trap '[[ -n ${service:-} ]] && kill -9 -- -$service 2>/dev/null' EXIT
                """.formatted(quoted(Path.of("").toAbsolutePath().toString())));
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            script.append("printf '\\n").append(STEP).append(i).append("\\n'\n");
            String text = step.text() == null ? "" : step.text().replace("localhost:8080", "localhost:" + port)
                    .replaceAll("(?<![\\w/.])data/", Matcher.quoteReplacement("$NEWSGRAPH_DATA_DIR/"));
            switch (step.kind()) {
                case "start" -> script.append(text.strip()).append(" > ").append(quoted(work.resolve("service-" + i + ".log").toString()))
                        .append(" 2>&1 &\nservice=$!\n")
                        .append("for _ in $(seq 1200); do curl -s -o /dev/null localhost:").append(port)
                        .append("/q/health/ready && break; kill -0 $service || exit 1; sleep 0.2; done\n");
                case "stop" -> script.append("kill -INT -- -$service; wait $service; echo \"exit $?\"; service=\n");
                default -> script.append(text).append("\n");
            }
        }
        return script.toString();
    }

    private static List<String> outputsByStep(String printed, int steps) {
        List<String> outputs = new ArrayList<>();
        for (int i = 0; i < steps; i++) {
            int start = printed.indexOf(STEP + i + "\n");
            int end = i + 1 < steps ? printed.indexOf(STEP + (i + 1) + "\n") : printed.length();
            assertTrue(start >= 0 && end >= start, "step " + i + " ran:\n" + printed);
            outputs.add(printed.substring(start + (STEP + i + "\n").length(), end));
        }
        return outputs;
    }

    /** Durations and rates vary from run to run; trailing white space does not count. */
    static String normalized(String output) {
        return output.replaceAll("\\d[\\d,.]* s\\b", "N s").replaceAll("\\(\\d[\\d,.]*/s\\)", "(N/s)").strip();
    }

    private static String quoted(String text) {
        return "'" + text.replace("'", "'\\''") + "'";
    }

    private static String read(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
