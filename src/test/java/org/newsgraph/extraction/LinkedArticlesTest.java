package org.newsgraph.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Whole invented articles (src/test/resources/invented/links, see its README): every statement whose event the
 * article's discourse decides is linked to that event, across stories of different kinds, outlets and years.
 */
class LinkedArticlesTest {

    private static final List<String> ARTICLES = List.of("01-visit-rabat", "02-call-nairobi", "03-security-council",
            "04-amman-press-conference", "05-au-summit", "06-interview-beirut", "07-call-doha-older-meeting",
            "08-scheduled-kuwait", "09-hearing-baghdad", "10-briefing-jakarta",
            "11-signing-muscat", "12-water-amman", "13-forum-rabat", "14-envoy-speech-khartoum", "15-parliament-beirut",
            "16-talks-cairo-lead", "17-press-after-talks-tunis");

    @Test
    void everyStatementOfTheInventedArticlesLinksToItsEvent() throws IOException {
        List<String> misses = new ArrayList<>();
        List<String> limits = new ArrayList<>(); // expectations marked as a known limit: reported, not asserted
        int checked = 0;
        for (String name : ARTICLES) {
            String[] parts = read(name).split("\n---\n");
            String published = parts[0].lines().filter(l -> l.startsWith("published:")).findFirst().orElseThrow()
                    .substring("published:".length()).trim();
            ExtractedArticle a = Articles.extract(parts[1], published);
            for (String line : parts[2].strip().split("\n")) {
                String[] e = line.split("\t");
                checked++;
                String got = linkOf(a, e[0]);
                if (!matches(got, e[1])) {
                    (e.length > 2 ? limits : misses).add(name + ": «" + e[0] + "» expected " + e[1] + ", got " + got);
                }
            }
        }
        System.out.println("invented articles: links right " + (checked - misses.size() - limits.size()) + "/" + checked
                + (limits.isEmpty() ? "" : "; known limits:\n" + String.join("\n", limits)));
        assertTrue(misses.isEmpty(), String.join("\n", misses));
    }

    /** "KIND startsOn" of the event of the statement containing the words, "none", or "no statement". */
    private static String linkOf(ExtractedArticle a, String words) {
        for (ExtractedQuote q : a.quotes()) {
            if (q.text().text().contains(words)) {
                if (q.eventRef() == null) {
                    return "none (" + q.eventRule() + ")";
                }
                ExtractedEvent e = a.events().get(q.eventRef());
                return e.kind() + " " + e.startsOn() + " (" + q.eventRule() + ")";
            }
        }
        return "no statement";
    }

    /** Every word of the expectation is a word of what was got: "TALKS" matches any talks, "null" an undated event. */
    private static boolean matches(String got, String expected) {
        List<String> words = Arrays.asList(got.split(" "));
        return Arrays.stream(expected.split(" ")).allMatch(words::contains);
    }

    private static String read(String name) throws IOException {
        try (InputStream in = LinkedArticlesTest.class.getResourceAsStream("/invented/links/" + name + ".txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
