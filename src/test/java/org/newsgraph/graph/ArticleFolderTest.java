package org.newsgraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.newsgraph.common.InvalidInputException;
import org.newsgraph.ingest.ArticleSubmission;
import org.newsgraph.ingest.SubmissionValidator;

class ArticleFolderTest {
    @TempDir
    Path folder;

    @Test
    void indexedArticlesComeInIndexOrderThenUnlistedTextFilesByName() throws IOException {
        write("index.json", """
                [{"file": "b.txt", "url": "https://example.org/b", "outlet": "Outlet B", "publishedAt": "2024-05-01T10:00:00Z",
                  "language": "ar", "title": "Title B", "extra": "ignored"},
                 {"file": "a.txt", "url": "https://example.org/a", "outlet": "Outlet A"}]""");
        for (String name : List.of("a.txt", "b.txt", "d.txt", "c.txt", "notes.md")) {
            write(name, "نص");
        }
        List<ArticleFolder.Entry> entries = ArticleFolder.read(folder, null, null, null).entries();
        assertEquals(List.of("b.txt", "a.txt", "c.txt", "d.txt"), entries.stream().map(ArticleFolder.Entry::name).toList());
        ArticleFolder.Entry b = entries.get(0);
        assertTrue(b.indexed());
        assertEquals("https://example.org/b", b.url());
        assertEquals("Outlet B", b.outlet());
        assertEquals("Title B", b.title());
        ArticleFolder.Entry c = entries.get(2);
        assertTrue(!c.indexed() && c.url() == null && c.outlet() == null, "an unlisted file has no url or outlet of its own");
    }

    @Test
    void folderGivenByARelativePathWithParentStepsReadsItsIndex() throws IOException {
        write("index.json", "[{\"file\": \"a.txt\", \"url\": \"https://example.org/a\", \"outlet\": \"O\"}]");
        write("a.txt", "نص");
        Path relative = Path.of("").toAbsolutePath().relativize(folder);
        assertTrue(relative.startsWith(".."), relative.toString());
        assertEquals("نص", ArticleFolder.submission(ArticleFolder.read(relative, null, null, null).entries().get(0)).body());
    }

    @Test
    void baseUrlAndOutletFillInWhatTheIndexDoesNotSay() throws IOException {
        write("index.json", "[{\"file\": \"listed.txt\", \"url\": \"https://example.org/listed\"}]");
        write("listed.txt", "نص");
        write("تقرير 7.txt", "نص");
        List<ArticleFolder.Entry> entries = ArticleFolder.read(folder, null, "https://archive.example/a/", "Archive").entries();
        assertEquals("https://example.org/listed", entries.get(0).url());
        assertEquals("Archive", entries.get(0).outlet());
        assertEquals("https://archive.example/a/%D8%AA%D9%82%D8%B1%D9%8A%D8%B1%207", entries.get(1).url());
        assertEquals("Archive", entries.get(1).outlet());
    }

    @Test
    void submissionReadsTheFileAsUtf8WithoutItsByteOrderMarkAndParsesTheDate() throws IOException {
        write("index.json", "[{\"file\": \"a.txt\", \"url\": \"https://example.org/a\", \"outlet\": \"O\", \"publishedAt\": \"2024-05-01T10:00:00Z\"}]");
        write("a.txt", "\uFEFFقال سامي الخطيب: «نحن مستعدون».");
        ArticleSubmission submission = ArticleFolder.submission(ArticleFolder.read(folder, null, null, null).entries().get(0));
        assertEquals("قال سامي الخطيب: «نحن مستعدون».", submission.body());
        assertEquals(Instant.parse("2024-05-01T10:00:00Z"), submission.publishedAt());
        assertNull(submission.title());
    }

    @Test
    void filesThatCannotBeArticlesAreRefusedNamingTheField() throws IOException {
        write("index.json", """
                [{"file": "missing.txt", "url": "https://example.org/1", "outlet": "O"},
                 {"file": "latin1.txt", "url": "https://example.org/2", "outlet": "O"},
                 {"file": "huge.txt", "url": "https://example.org/3", "outlet": "O"},
                 {"file": "dated.txt", "url": "https://example.org/4", "outlet": "O", "publishedAt": "last Tuesday"}]""");
        Files.write(folder.resolve("latin1.txt"), new byte[] {'c', 'a', 'f', (byte) 0xE9});
        write("huge.txt", "ن".repeat(SubmissionValidator.MAX_BODY_BYTES / 2 + 1));
        write("dated.txt", "نص");
        List<ArticleFolder.Entry> entries = ArticleFolder.read(folder, null, null, null).entries();
        assertEquals("file: listed in the index but not in the folder", refusal(entries.get(0)));
        assertEquals("body: not UTF-8 text", refusal(entries.get(1)));
        assertEquals("body: larger than 1000000 bytes", refusal(entries.get(2)));
        assertTrue(refusal(entries.get(3)).startsWith("publishedAt: not an ISO-8601 date-time"));
    }

    @Test
    void badIndexIsRefusedNamingTheFileAndTheProblem() throws IOException {
        write("index.json", "[{\"file\": \"a.txt\"}, {\"url\": \"https://example.org/b\"}]");
        IOException missingFile = assertThrows(IOException.class, () -> ArticleFolder.read(folder, null, null, null));
        assertEquals(folder.resolve("index.json") + ": [1].file: missing", missingFile.getMessage());

        write("index.json", "[{\"file\": \"../outside.txt\", \"url\": \"https://example.org/b\"}]");
        IOException outside = assertThrows(IOException.class, () -> ArticleFolder.read(folder, null, null, null));
        assertTrue(outside.getMessage().endsWith("file '../outside.txt' is not a file name in the folder"), outside.getMessage());

        write("index.json", "{\"file\": \"a.txt\"}");
        IOException notArray = assertThrows(IOException.class, () -> ArticleFolder.read(folder, null, null, null));
        assertTrue(notArray.getMessage().contains("not a JSON array"), notArray.getMessage());

        write("index.json", "[{\"file\": \"a.txt\",]");
        IOException notJson = assertThrows(IOException.class, () -> ArticleFolder.read(folder, null, null, null));
        assertTrue(notJson.getMessage().contains("not valid JSON at line 1"), notJson.getMessage());
    }

    private static String refusal(ArticleFolder.Entry entry) {
        return assertThrows(InvalidInputException.class, () -> ArticleFolder.submission(entry)).getMessage();
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
    }
}
