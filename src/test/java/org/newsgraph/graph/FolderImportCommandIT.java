package org.newsgraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar's {@code import FOLDER}: what it stores, what it prints, its exit codes. */
class FolderImportCommandIT {
    private static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");
    private static final String SAID = "قال سامي الخطيب: «نحن مستعدون للحوار مع جميع الأطراف».";
    private static final String SAID_AGAIN = "وقالت ليلى حداد: «سنواصل العمل من أجل السلام في المنطقة».";

    @TempDir
    Path work;

    record Run(int exitCode, String stderr) {
    }

    @Test
    void folderIsIngestedAFewArticlesACommitAndIngestingItAgainChangesOnlyWhatChanged() throws Exception {
        Path folder = Files.createDirectory(work.resolve("articles"));
        Path data = work.resolve("data");
        write(folder, "index.json", """
                [{"file": "a.txt", "url": "https://example.org/news/a", "outlet": "صحيفة المثال", "publishedAt": "2024-03-05T10:00:00Z"},
                 {"file": "b.txt", "url": "https://example.org/news/b", "outlet": "صحيفة المثال", "publishedAt": "2024-03-06T10:00:00Z"},
                 {"file": "c.txt", "url": "https://example.org/news/c", "outlet": "صحيفة المثال", "publishedAt": "yesterday"}]""");
        write(folder, "a.txt", SAID);
        write(folder, "b.txt", SAID_AGAIN);
        write(folder, "c.txt", SAID);
        write(folder, "unlisted.txt", SAID_AGAIN);

        Run first = jar(data, "import", folder.toString());
        assertEquals(GraphJobs.REFUSED, first.exitCode(), first.stderr());
        assertTrue(first.stderr().contains("ingested 4 articles in "), first.stderr());
        assertTrue(first.stderr().contains("2 created, 0 updated, 0 unchanged, 2 refused; 2 quotes written"), first.stderr());
        assertTrue(first.stderr().contains("refused c.txt: publishedAt: not an ISO-8601 date-time"), first.stderr());
        assertTrue(first.stderr().contains("refused unlisted.txt: url: is required (not in the index"), first.stderr());
        assertTrue(first.stderr().contains("2 of 4 articles refused (listed above); the others are stored"), first.stderr());
        assertEquals(List.of("https://example.org/news/a", "https://example.org/news/b"), urls(data));
        assertEquals(2, count(data, "SELECT COUNT(*) FROM quote"));

        write(folder, "index.json", """
                [{"file": "a.txt", "url": "https://example.org/news/a", "outlet": "صحيفة المثال", "publishedAt": "2024-03-05T10:00:00Z"},
                 {"file": "b.txt", "url": "https://example.org/news/b", "outlet": "صحيفة المثال", "publishedAt": "2024-03-06T10:00:00Z"}]""");
        write(folder, "b.txt", SAID_AGAIN + "\n" + SAID);
        Files.delete(folder.resolve("c.txt"));
        Run second = jar(data, "import", folder.toString(), "--base-url", "https://archive.example/old/", "--outlet=أرشيف");
        assertEquals(GraphJobs.DONE, second.exitCode(), second.stderr());
        assertTrue(second.stderr().contains("ingested 3 articles in "), second.stderr());
        assertTrue(second.stderr().contains("1 created, 1 updated, 1 unchanged, 0 refused; 3 quotes written"), second.stderr());
        assertEquals(List.of("https://archive.example/old/unlisted", "https://example.org/news/a", "https://example.org/news/b"), urls(data));
        assertEquals(1, count(data, "SELECT COUNT(*) FROM article a JOIN outlet o ON o.id = a.outlet_id"
                + " WHERE a.url = 'https://archive.example/old/unlisted' AND o.name = 'أرشيف'"));
        assertEquals(4, count(data, "SELECT COUNT(*) FROM quote"), "b now has two quotes, which replaced its one");
    }

    @Test
    void usageErrorExitsWithTwoBeforeStartingAndHelpExplainsEveryOption() throws Exception {
        Path data = work.resolve("data");
        Run unknown = jar(data, "import", work.toString(), "--base", "x");
        assertEquals(GraphJobs.USAGE_ERROR, unknown.exitCode(), unknown.stderr());
        assertTrue(unknown.stderr().startsWith("unknown option: --base\n\nUsage: java"), unknown.stderr());
        assertTrue(Files.notExists(data), "a usage error does not start the application");

        Run help = jar(data, "--help");
        assertEquals(GraphJobs.DONE, help.exitCode());
        for (String documented : List.of("import FILE", "import FOLDER", "--index FILE", "--base-url URL", "--outlet NAME",
                "export FILE", "-Dnewsgraph.data-dir", "-Dquarkus.profile=postgres", "Exit codes")) {
            assertTrue(help.stderr().contains(documented), "help explains " + documented);
        }
    }

    /**
     * Runs the packaged jar on its own data directory; stdout and stderr together. Two articles a commit, so that a
     * folder spans several transactions.
     */
    private Run jar(Path data, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dnewsgraph.data-dir=" + data, "-Dnewsgraph.ingest.folder.articles-per-commit=2", "-Dfile.encoding=UTF-8", "-jar",
                JAR.toString()));
        command.addAll(List.of(args));
        Path output = work.resolve("output.txt");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("the jar did not finish: " + String.join(" ", args));
        }
        return new Run(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
    }

    private static List<String> urls(Path data) throws SQLException {
        List<String> urls = new ArrayList<>();
        try (Connection c = connect(data); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT url FROM article ORDER BY url")) {
            while (rs.next()) {
                urls.add(rs.getString(1));
            }
        }
        return urls;
    }

    private static long count(Path data, String sql) throws SQLException {
        try (Connection c = connect(data); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Connection connect(Path data) throws SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + data.toAbsolutePath() + "/newsgraph", "sa", "");
    }

    private static void write(Path folder, String name, String text) throws IOException {
        Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
    }
}
