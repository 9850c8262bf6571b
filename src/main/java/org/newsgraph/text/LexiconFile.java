package org.newsgraph.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a word list from {@code src/main/resources/lexicon/} (format in that folder's README.md): UTF-8, one entry a
 * line, blank lines and lines starting with {@code #} skipped, tab-separated columns where an entry has attributes.
 * Entries are folded with the same match key as the text. A missing file, bytes that are not UTF-8 or a line with
 * the wrong number of columns throws a {@link LexiconException} naming the file and the line.
 */
public final class LexiconFile {

    private static final String FOLDER = "lexicon/";

    /** One entry of a file: where it stands, for errors about its attributes, and its columns, stripped. */
    public record Entry(String path, int line, List<String> columns) {

        /** The first column folded into a match key. */
        public String key() {
            return ArabicNormalizer.matchKey(columns.get(0));
        }

        public String column(int n) {
            return columns.get(n);
        }

        /** An error about this entry, naming its file and line. */
        public LexiconException error(String message) {
            return new LexiconException(path + ":" + line + ": " + message);
        }
    }

    private LexiconFile() {
    }

    /** The match keys of the first column of a file whose lines have {@code columns} columns. */
    public static Set<String> keys(String name, int columns) {
        Set<String> out = new HashSet<>();
        for (String[] row : rows(name, columns)) {
            out.add(ArabicNormalizer.matchKey(row[0]));
        }
        return out;
    }

    /**
     * The match keys of a two-column file's entries whose second column, a list of flags separated by spaces (or
     * "-" for none), holds {@code flag}.
     */
    public static Set<String> withFlag(String name, String flag) {
        Set<String> out = new HashSet<>();
        for (String[] row : rows(name, 2)) {
            if (List.of(row[1].split(" ")).contains(flag)) {
                out.add(ArabicNormalizer.matchKey(row[0]));
            }
        }
        return out;
    }

    /** The match keys of a one-column file: each line a word or a phrase. */
    public static Set<String> words(String name) {
        Set<String> out = new HashSet<>();
        for (String[] row : rows(name, 1)) {
            out.add(ArabicNormalizer.matchKey(row[0]));
        }
        return out;
    }

    /** The match keys of the entries of a word-and-role file whose role (second column) is {@code role}. */
    public static Set<String> words(String name, String role) {
        Set<String> out = new HashSet<>();
        for (Entry e : entries(name, 2)) {
            if (e.column(1).equals(role)) {
                out.add(e.key());
            }
        }
        return out;
    }

    /** Each entry's match key to its second column, of a two-column file. */
    public static Map<String, String> pairs(String name) {
        Map<String, String> out = new HashMap<>();
        for (Entry e : entries(name, 2)) {
            out.put(e.key(), e.column(1));
        }
        return out;
    }

    /** Fails naming the entry of a word-and-role file whose role is not one of {@code known}. */
    public static void checkRoles(String name, Set<String> known) {
        for (Entry e : entries(name, 2)) {
            if (!known.contains(e.column(1))) {
                throw e.error("unknown role " + e.column(1) + ", expected one of " + known);
            }
        }
    }

    /** The entries of a file whose lines have exactly {@code columns} tab-separated, non-empty columns, unfolded. */
    public static List<String[]> rows(String name, int columns) {
        return entries(name, columns).stream().map(e -> e.columns().toArray(String[]::new)).toList();
    }

    /** The same as {@link #rows}, each entry with its line number. */
    public static List<Entry> entries(String name, int columns) {
        String path = FOLDER + name;
        InputStream in = LexiconFile.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new LexiconException(path + ": no such lexicon file");
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT))) {
            return parse(path, reader, columns);
        } catch (CharacterCodingException e) {
            throw new LexiconException(path + ": not UTF-8");
        } catch (IOException e) {
            throw new LexiconException(path + ": unreadable: " + e.getMessage());
        }
    }

    static List<Entry> parse(String path, Reader reader, int columns) throws IOException {
        List<Entry> out = new ArrayList<>();
        BufferedReader lines = new BufferedReader(reader);
        int number = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            number++;
            String entry = line.strip();
            if (entry.isEmpty() || entry.startsWith("#")) {
                continue;
            }
            String[] row = line.split("\t", -1);
            if (row.length != columns) {
                throw new LexiconException(path + ":" + number + ": " + row.length + " tab-separated columns, expected "
                        + columns + ": " + entry);
            }
            for (int c = 0; c < columns; c++) {
                row[c] = row[c].strip();
                if (row[c].isEmpty()) {
                    throw new LexiconException(path + ":" + number + ": column " + (c + 1) + " is empty: " + entry);
                }
            }
            out.add(new Entry(path, number, List.of(row)));
        }
        return out;
    }
}
