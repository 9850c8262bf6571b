package org.newsgraph.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A word list of {@code src/main/resources/lexicon/}, read once by the class that keeps it: UTF-8, one entry a line,
 * {@code #} starting a comment line, columns separated by tabs where an entry has attributes (see the folder's
 * README). Entries are folded with {@link ArabicNormalizer#matchKey}, as the text they are compared with. A missing
 * file, an empty column or a column asked for that a line lacks fails with the file and line number.
 */
public final class LexiconFile {

    /** One entry: its file and line number, for errors, and its columns as written. */
    public record Line(String file, int number, String[] columns) {

        /** Column {@code i} (from 0) as written; fails naming the file and line when the line has fewer columns. */
        public String column(int i) {
            if (i >= columns.length) {
                throw new IllegalStateException(file + ":" + number + ": expected " + (i + 1) + " tab-separated columns, found "
                        + columns.length);
            }
            return columns[i];
        }

        /** Column {@code i} as a match key. */
        public String key(int i) {
            return ArabicNormalizer.matchKey(column(i));
        }

        /** The space-separated flags of column {@code i}; none when the line has no such column or it is "-". */
        public List<String> flags(int i) {
            return i >= columns.length || columns[i].equals("-") ? List.of() : Arrays.asList(columns[i].split(" "));
        }
    }

    private LexiconFile() {
    }

    /** The entries of {@code lexicon/<name>}, comments and blank lines left out. */
    public static List<Line> lines(String name) {
        String path = "lexicon/" + name;
        InputStream in = LexiconFile.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException(path + ": lexicon file missing");
        }
        List<Line> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String text;
            int n = 0;
            while ((text = r.readLine()) != null) {
                n++;
                if (text.isBlank() || text.startsWith("#")) {
                    continue;
                }
                String[] columns = text.split("\t", -1);
                for (int c = 0; c < columns.length; c++) {
                    if (columns[c].isBlank() || !columns[c].equals(columns[c].strip())) {
                        throw new IllegalStateException(path + ":" + n + ": column " + (c + 1)
                                + " is empty or has spaces around it");
                    }
                }
                out.add(new Line(path, n, columns));
            }
        } catch (IOException e) {
            throw new IllegalStateException(path + ": unreadable", e);
        }
        return out;
    }

    /** The first column of every entry, as match keys. */
    public static Set<String> words(String name) {
        Set<String> out = new HashSet<>();
        for (Line l : lines(name)) {
            out.add(l.key(0));
        }
        return out;
    }

    /** The first column of the entries whose second column carries {@code flag}, as match keys. */
    public static Set<String> withFlag(String name, String flag) {
        Set<String> out = new HashSet<>();
        for (Line l : lines(name)) {
            if (l.flags(1).contains(flag)) {
                out.add(l.key(0));
            }
        }
        return out;
    }

    /** The first column's match key mapped to another column as written. */
    public static Map<String, String> pairs(String name, int valueColumn) {
        Map<String, String> out = new HashMap<>();
        for (Line l : lines(name)) {
            out.put(l.key(0), l.column(valueColumn));
        }
        return out;
    }
}
