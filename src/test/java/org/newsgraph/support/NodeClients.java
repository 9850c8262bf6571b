package org.newsgraph.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs the JavaScript clients of src/test/node (graphql-http's audits, graphql-js, graphql-ws) against the test
 * server. They are copied to target/node-clients and their locked dependencies installed there with
 * {@code npm ci}, once per change of package-lock.json, so node_modules never lands in the source tree.
 */
public final class NodeClients {
    private static final Path SOURCES = Path.of("src/test/node");
    private static final Path HOME = Path.of("target/node-clients");
    private static final Path INSTALLED_LOCK = HOME.resolve("node_modules/.installed-from-package-lock.json");
    private static final Duration INSTALL_TIMEOUT = Duration.ofMinutes(5);

    private NodeClients() {
    }

    /** What a finished script printed: its exit code, its standard output line by line, its standard error. */
    public record Result(int exitCode, List<String> lines, String errors) {
    }

    /** A script still running: its output lines can be awaited while the test acts on the server. */
    public static final class Running implements AutoCloseable {
        private final Process process;
        private final Path errorFile;
        private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        private final List<String> seen = new ArrayList<>();
        private final Thread reader;

        private Running(Process process, Path errorFile) {
            this.process = process;
            this.errorFile = errorFile;
            this.reader = new Thread(() -> {
                try (BufferedReader out = process.inputReader(StandardCharsets.UTF_8)) {
                    out.lines().forEach(lines::add);
                } catch (IOException e) {
                    lines.add("io error: " + e.getMessage());
                }
            }, "node-output");
            reader.setDaemon(true);
            reader.start();
        }

        /** The next output line, or fails the test when none comes within the timeout or the script ended. */
        public String nextLine(Duration timeout) throws InterruptedException {
            String line = lines.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (line == null) {
                throw new AssertionError("no output from node within " + timeout + "; printed so far: " + seen
                        + (process.isAlive() ? "" : "; errors: " + errors()));
            }
            seen.add(line);
            return line;
        }

        /** Waits for the script to end and returns everything it printed after the lines already taken. */
        public Result finish(Duration timeout) throws InterruptedException {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("node did not finish within " + timeout + "; printed so far: " + seen);
            }
            reader.join(timeout.toMillis());
            List<String> rest = new ArrayList<>();
            lines.drainTo(rest);
            return new Result(process.exitValue(), rest, errors());
        }

        private String errors() {
            try {
                return Files.readString(errorFile, StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "unreadable: " + e.getMessage();
            }
        }

        @Override
        public void close() {
            process.destroyForcibly();
        }
    }

    /** Starts {@code node <script> <arguments>} in the installed client project. */
    public static Running start(String script, String... arguments) {
        List<String> command = new ArrayList<>(List.of("node", script));
        command.addAll(List.of(arguments));
        try {
            Path home = installed();
            Path errorFile = home.resolve(script + ".stderr.txt");
            return new Running(new ProcessBuilder(command).directory(home.toFile()).redirectError(errorFile.toFile()).start(),
                    errorFile);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start node (Node.js 20 or newer must be on the PATH)", e);
        }
    }

    /** Runs a script to its end. */
    public static Result run(Duration timeout, String script, String... arguments) throws InterruptedException {
        try (Running running = start(script, arguments)) {
            return running.finish(timeout);
        }
    }

    /** The client project under target/, with the current scripts and installed dependencies. */
    private static synchronized Path installed() throws IOException {
        Files.createDirectories(HOME);
        try (Stream<Path> files = Files.list(SOURCES)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, HOME.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        byte[] lock = Files.readAllBytes(SOURCES.resolve("package-lock.json"));
        if (!Files.exists(INSTALLED_LOCK) || !Arrays.equals(lock, Files.readAllBytes(INSTALLED_LOCK))) {
            npmCi();
            Files.write(INSTALLED_LOCK, lock);
        }
        return HOME;
    }

    private static void npmCi() throws IOException {
        Process npm = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund", "--prefer-offline")
                .directory(HOME.toFile()).redirectErrorStream(true).start();
        try {
            String output = new String(npm.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!npm.waitFor(INSTALL_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS) || npm.exitValue() != 0) {
                throw new IllegalStateException("npm ci failed in " + HOME + ":\n" + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during npm ci", e);
        }
    }
}
