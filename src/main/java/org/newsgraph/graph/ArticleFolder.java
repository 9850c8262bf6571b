package org.newsgraph.graph;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.newsgraph.common.InvalidInputException;
import org.newsgraph.ingest.ArticleSubmission;
import org.newsgraph.ingest.SubmissionValidator;

/**
 * A folder of raw articles, one UTF-8 text file each, described by an index: a JSON array of
 * {@code {file, url, outlet, publishedAt?, language?, title?}} (the format of the shared corpus' {@code index.json}).
 * Articles come in index order, then the {@code *.txt} files the index does not list, by name; those (and entries
 * without url or outlet) take the url {@code BASE-URL + file name without .txt} and the outlet given as defaults, and
 * without them are refused by validation naming the missing field.
 */
final class ArticleFolder {
    static final String INDEX = "index.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One article of the folder: its file and what the index (or the defaults) say about it. */
    record Entry(String name, Path file, boolean indexed, String url, String outlet, String publishedAt, String language,
            String title) {
    }

    private final List<Entry> entries;

    private ArticleFolder(List<Entry> entries) {
        this.entries = entries;
    }

    /**
     * Reads the folder's index ({@code index} or, when null, {@code FOLDER/index.json} if present) and lists its
     * articles; {@code baseUrl} and {@code outlet} fill in what the index does not say (null: nothing).
     */
    static ArticleFolder read(Path folder, Path index, String baseUrl, String outlet) throws IOException {
        Path indexFile = index != null ? index : folder.resolve(INDEX);
        List<Entry> entries = new ArrayList<>();
        Set<String> listed = new HashSet<>();
        if (index != null || Files.exists(indexFile)) {
            for (JsonFields item : indexItems(indexFile)) {
                Entry entry = entry(folder, item, baseUrl, outlet, indexFile);
                listed.add(entry.name());
                entries.add(entry);
            }
        }
        for (String name : textFiles(folder)) {
            if (!listed.contains(name)) {
                entries.add(new Entry(name, folder.resolve(name), false, defaultUrl(baseUrl, name), outlet, null, null, null));
            }
        }
        return new ArticleFolder(entries);
    }

    List<Entry> entries() {
        return entries;
    }

    /** The entry's article as a submission; refused (InvalidInputException naming the field) when it cannot be one. */
    static ArticleSubmission submission(Entry entry) throws IOException {
        if (!Files.isRegularFile(entry.file())) {
            throw new InvalidInputException("file", "listed in the index but not in the folder");
        }
        if (Files.size(entry.file()) > SubmissionValidator.MAX_BODY_BYTES) {
            throw new InvalidInputException("body", "larger than " + SubmissionValidator.MAX_BODY_BYTES + " bytes");
        }
        String body;
        try {
            body = Files.readString(entry.file(), StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new InvalidInputException("body", "not UTF-8 text");
        }
        if (body.startsWith("\uFEFF")) {
            body = body.substring(1);
        }
        return new ArticleSubmission(entry.url(), entry.outlet(), entry.title(),
                SubmissionValidator.parsePublishedAt(entry.publishedAt()), entry.language(), body);
    }

    private static List<JsonFields> indexItems(Path indexFile) throws IOException {
        JsonNode tree;
        try {
            tree = JSON.readTree(Files.readString(indexFile, StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new IOException(indexFile + ": not valid JSON at line " + e.getLocation().getLineNr() + ": " + e.getOriginalMessage());
        }
        if (tree == null || !tree.isArray()) {
            throw new IOException(indexFile + ": not a JSON array of {file, url, outlet, publishedAt, language}");
        }
        List<JsonFields> items = new ArrayList<>(tree.size());
        try {
            for (int i = 0; i < tree.size(); i++) {
                items.add(new JsonFields("[" + i + "]", tree.get(i)));
            }
        } catch (IllegalArgumentException e) {
            throw new IOException(indexFile + ": " + e.getMessage());
        }
        return items;
    }

    private static Entry entry(Path folder, JsonFields item, String baseUrl, String outlet, Path indexFile) throws IOException {
        try {
            String name = item.text("file");
            Path file = folder.resolve(name);
            if (!folder.toAbsolutePath().normalize().equals(file.toAbsolutePath().normalize().getParent())) {
                throw new IllegalArgumentException("file '" + name + "' is not a file name in the folder");
            }
            String url = item.optionalText("url");
            String entryOutlet = item.optionalText("outlet");
            return new Entry(name, file, true, url != null ? url : defaultUrl(baseUrl, name), entryOutlet != null ? entryOutlet : outlet,
                    item.optionalText("publishedAt"), item.optionalText("language"), item.optionalText("title"));
        } catch (IllegalArgumentException e) {
            throw new IOException(indexFile + ": " + e.getMessage());
        }
    }

    private static Set<String> textFiles(Path folder) throws IOException {
        Set<String> names = new TreeSet<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.txt")) {
            for (Path file : files) {
                if (Files.isRegularFile(file)) {
                    names.add(file.getFileName().toString());
                }
            }
        }
        return names;
    }

    private static String defaultUrl(String baseUrl, String name) {
        if (baseUrl == null) {
            return null;
        }
        String stem = name.endsWith(".txt") ? name.substring(0, name.length() - 4) : name;
        return baseUrl + URLEncoder.encode(stem, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
