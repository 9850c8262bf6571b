package org.newsgraph.extraction.lexicon;

import org.newsgraph.text.ArabicNormalizer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** PROTOTYPE stand-in for the skeleton's lexicon loader. */
public final class LexiconFile {

    public record Line(String file, int number, String[] columns) {
        public String column(int i) {
            if (i >= columns.length) {
                throw new IllegalStateException(file + ":" + number + ": expected " + (i + 1) + " columns");
            }
            return columns[i];
        }
    }

    public static List<Line> lines(String name) {
        String path = "lexicon/" + name;
        InputStream in = LexiconFile.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("missing lexicon " + path);
        }
        List<Line> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                out.add(new Line(path, n, line.split("\t")));
            }
        } catch (IOException e) {
            throw new IllegalStateException(path, e);
        }
        return out;
    }

    public static Set<String> words(String name) {
        Set<String> out = new HashSet<>();
        for (Line l : lines(name)) {
            out.add(ArabicNormalizer.matchKey(l.column(0)));
        }
        return out;
    }

    public static Set<String> withFlag(String name, String flag) {
        Set<String> out = new HashSet<>();
        for (Line l : lines(name)) {
            if (l.columns().length > 1 && List.of(l.column(1).split(" ")).contains(flag)) {
                out.add(ArabicNormalizer.matchKey(l.column(0)));
            }
        }
        return out;
    }

    public static Map<String, String> pairs(String name, int valueColumn) {
        Map<String, String> out = new HashMap<>();
        for (Line l : lines(name)) {
            if (l.columns().length > valueColumn) {
                out.put(ArabicNormalizer.matchKey(l.column(0)), l.column(valueColumn));
            }
        }
        return out;
    }
}
