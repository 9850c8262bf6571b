package org.newsgraph.extraction.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.newsgraph.text.ArabicNormalizer;

/**
 * One word list of {@code src/main/resources/lexicon/}: UTF-8, one entry a line, {@code #} starts a comment line,
 * columns separated by tabs (see that folder's README.md). Entries are folded with {@link ArabicNormalizer#matchKey}
 * like the text they are matched against. A missing file or a line with the wrong number of columns fails at once,
 * naming the file and line.
 */
public final class LexiconFile {

    /** One entry: its line number and its columns, the first one as written. */
    public record Entry(String file, int line, List<String> columns) {

        /** The first column folded into a match key. */
        public String key() {
            return ArabicNormalizer.matchKey(columns.get(0));
        }

        public String column(int n) {
            return columns.get(n);
        }

        /** An error about this entry, naming its file and line. */
        public IllegalStateException error(String message) {
            return new IllegalStateException("lexicon/" + file + ":" + line + ": " + message);
        }
    }

    private LexiconFile() {
    }

    /** The entries of {@code lexicon/<file>}, each with exactly {@code columns} columns. */
    public static List<Entry> read(String file, int columns) {
        String path = "lexicon/" + file;
        InputStream in = LexiconFile.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException(path + ": missing from the class path");
        }
        List<Entry> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = r.readLine()) != null) {
                number++;
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                List<String> cols = List.of(trimmed.split("\t", -1));
                Entry e = new Entry(file, number, cols);
                if (cols.size() != columns || cols.stream().anyMatch(c -> c.strip().isEmpty())) {
                    throw e.error("expected " + columns + " tab-separated column(s), found " + cols.size()
                            + (cols.stream().anyMatch(c -> c.strip().isEmpty()) ? " with an empty one" : ""));
                }
                out.add(new Entry(file, number, cols.stream().map(String::strip).toList()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(path, e);
        }
        return out;
    }

    /** The match keys of a one-column file. */
    public static Set<String> words(String file) {
        Set<String> out = new HashSet<>();
        for (Entry e : read(file, 1)) {
            out.add(e.key());
        }
        return out;
    }

    /** The match keys of the entries of a word-and-role file that have {@code role}. */
    public static Set<String> words(String file, String role) {
        Set<String> out = new HashSet<>();
        for (Entry e : roles(file)) {
            if (e.column(1).equals(role)) {
                out.add(e.key());
            }
        }
        return out;
    }

    /** The entries of a word-and-role file, each role checked against {@code known}. */
    public static List<Entry> roles(String file) {
        return read(file, 2);
    }

    /** Each entry's match key to its second column, of a two-column file. */
    public static Map<String, String> pairs(String file) {
        Map<String, String> out = new HashMap<>();
        for (Entry e : read(file, 2)) {
            out.put(e.key(), e.column(1));
        }
        return out;
    }

    /** Fails naming the entry when its role is not one of {@code known}. */
    public static void checkRoles(String file, Set<String> known) {
        for (Entry e : roles(file)) {
            if (!known.contains(e.column(1))) {
                throw e.error("unknown role " + e.column(1) + ", expected one of " + known);
            }
        }
    }
}
