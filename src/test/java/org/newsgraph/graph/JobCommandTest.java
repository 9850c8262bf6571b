package org.newsgraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JobCommandTest {
    @TempDir
    Path work;

    @Test
    void folderWithOptionsInBothSpellingsIsAFolderImport() throws Exception {
        JobCommand command = JobCommand.parse("import", work.toString(), "--base-url", "https://example.org/a/", "--outlet=صحيفة",
                "--index", "other.json");
        assertTrue(command.isFolderImport());
        assertEquals("https://example.org/a/", command.baseUrl());
        assertEquals("صحيفة", command.outlet());
        assertEquals(Path.of("other.json"), command.index());
    }

    @Test
    void verboseIsAFolderFlagWithoutValue() throws Exception {
        Files.writeString(work.resolve("index.json"), "[]");
        assertTrue(JobCommand.parse("import", "--verbose", work.toString()).verbose());
        assertFalse(JobCommand.parse("import", work.toString()).verbose());
        assertUsage("--verbose: only for importing a FOLDER of articles, and graph.jsonl is not a folder", "import", "graph.jsonl", "--verbose");
    }

    @Test
    void fileIsAGraphImportOrExport() throws Exception {
        assertFalse(JobCommand.parse("import", work.resolve("graph.jsonl").toString()).isFolderImport());
        assertEquals(JobCommand.EXPORT, JobCommand.parse("export", "graph.jsonl").name());
    }

    @Test
    void folderWithAnIndexNeedsNoOption() throws Exception {
        Files.writeString(work.resolve("index.json"), "[]");
        assertTrue(JobCommand.parse("import", work.toString()).isFolderImport());
    }

    @Test
    void usageErrorsSayWhatIsWrong() throws IOException {
        String folder = work.toString();
        assertUsage("import needs a FILE or FOLDER", "import");
        assertUsage("export needs a FILE", "export");
        assertUsage("unknown command: purge", "purge", "x");
        assertUsage("unknown option: --base", "import", folder, "--base", "x");
        assertUsage("--outlet needs a value", "import", folder, "--outlet");
        assertUsage("import takes one path: import a b", "import", "a", "b");
        assertUsage(folder + " has no index.json: give --index FILE, or --base-url and --outlet", "import", folder, "--outlet", "x");
        assertUsage("--outlet: only for importing a FOLDER of articles, and graph.jsonl is not a folder",
                "import", "graph.jsonl", "--outlet", "x");
    }

    private static void assertUsage(String message, String... args) {
        assertEquals(message, assertThrows(JobCommand.UsageException.class, () -> JobCommand.parse(args)).getMessage());
    }
}
