package org.newsgraph.extraction.clean;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.newsgraph.extraction.document.Annotation;
import org.newsgraph.extraction.document.Document;
import org.newsgraph.text.ArabicNormalizer;
import org.newsgraph.text.LexiconFile;

/**
 * Drops the page around the article: share/subscribe/follow prompts, "read more" and related-article blocks,
 * photo credits and captions in another script, scrape-date headers, a blog's signature and poem at the end,
 * and verbatim repeats (a headline printed twice). Keeps the headline, intertitles and the article's captions.
 *
 * <p>Reads the document's raw body and title; adds {@link #CLEANED}.
 */
public final class NoiseCleaner {

    /** The cleaned body, its headline and the way back to raw offsets. */
    public static final Annotation<CleanedText> CLEANED = Annotation.named("cleaned text");

    /** Prompts and credits; only ever tested on short lines, so an article sentence quoting them survives. */
    private static final Pattern PROMPT = alternatives("noise-prompts.txt");
    /** Headers that open a block of links running until the prose resumes. */
    private static final Pattern BLOCK_HEADER = alternatives("noise-block-headers.txt");
    /** Over a line's match key, which holds no punctuation: digits, the hour's ص/م or am/pm, and the words. */
    private static final Pattern DATE_LINE = Pattern.compile("^[\\d\\s ص م am pm]*(?:(?:"
            + String.join("|", lines("dateline-words.txt")) + ")[\\d\\s]*)*$");
    private static final int SHORT_WORDS = 14;
    /** A photo credit closing a line, or who stands where in the picture: a caption (`caption-credits.txt`). */
    private static final Pattern CAPTION = Pattern.compile("\\((?:" + String.join("|", lines("caption-credits.txt"))
            + ")\\)\\s*$|\\((?:[^()]{0,20}\\s)?(?:" + String.join("|", lines("caption-positions.txt")) + ")\\)");
    /** The hour a page stamps its article with ("22:20"، "06:03 صباحاً"، "21:33:36"). */
    private static final Pattern CLOCK_TIME = Pattern.compile("(?<![\\d:])\\d{1,2}:\\d{2}(?::\\d{2})?(?![\\d:])");
    /** A date written with digits ("20-11-2017"، "02/07/2025"، "2017-05-20"). */
    private static final Pattern NUMERIC_DATE = Pattern.compile("\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{2,4}|\\d{4}-\\d{1,2}-\\d{1,2}");
    private static final Set<String> DATELINE_WORDS = new HashSet<>(lines("dateline-words.txt"));

    /**
     * "وكالات الإثنين 20-11-2017 22:20"، "فلان 06:03 صباحاً | الأربعاء 02 يوليو 2025"، "تاريخ النشر: 2017-05-20 21:33:36":
     * the hour of posting with its date, no sentence of the article ("يبدأ الساعة العاشرة (07:00 بتوقيت غرينتش).").
     */
    private static boolean isStamp(String line, String key) {
        if (!CLOCK_TIME.matcher(line).find() || line.endsWith(".")) {
            return false;
        }
        int letterWords = 0;
        boolean datelineWord = false;
        for (String word : key.split(" ")) {
            letterWords += word.isEmpty() || Character.isDigit(word.charAt(0)) ? 0 : 1;
            datelineWord |= DATELINE_WORDS.contains(word);
        }
        // the digits of a stamp are many words, its letters few
        return letterWords <= SHORT_WORDS && (datelineWord || NUMERIC_DATE.matcher(line).find());
    }

    /** Words of the site's name a page title ends with after a bar ("ماكرون: ... | 28 نوفمبر"). */
    private static final int SITE_NAME_WORDS = 4;

    /**
     * The match key of a line without the site's name a page title carries after a bar, so that the headline printed
     * again without it is a repeat.
     */
    private static String withoutSiteName(String line, String key) {
        int bar = line.lastIndexOf('|');
        if (bar <= 0) {
            return key;
        }
        String site = ArabicNormalizer.matchKey(line.substring(bar + 1));
        return site.isEmpty() || site.split(" ").length > SITE_NAME_WORDS ? key : ArabicNormalizer.matchKey(line.substring(0, bar));
    }

    /** Words of a line no headline or link title reaches. */
    private static final int RUNNING_TEXT_WORDS = 30;

    /** One pattern matching any line of a lexicon file of regular expressions. */
    private static Pattern alternatives(String file) {
        return Pattern.compile(String.join("|", lines(file)));
    }

    private static List<String> lines(String file) {
        List<String> out = new ArrayList<>();
        for (String[] row : LexiconFile.rows(file, 1)) {
            out.add(row[0]);
        }
        return out;
    }

    public void annotate(Document doc) {
        doc.add(CLEANED, clean(doc.rawBody(), doc.title()));
    }

    CleanedText clean(String raw, String title) {
        String[] lines = raw.split("\n", -1);
        int n = lines.length;
        int[] starts = new int[n];
        int[] from = new int[n];
        int[] to = new int[n];
        String[] keys = new String[n];
        int[] words = new int[n];
        boolean[] drop = new boolean[n];
        int pos = 0;
        for (int i = 0; i < n; i++) {
            String line = lines[i];
            starts[i] = pos;
            pos += line.length() + 1;
            int a = 0;
            int b = line.length();
            while (a < b && isBlank(line.charAt(a))) {
                a++;
            }
            while (b > a && isBlank(line.charAt(b - 1))) {
                b--;
            }
            from[i] = a;
            to[i] = b;
            keys[i] = ArabicNormalizer.matchKey(line.substring(a, b));
            words[i] = keys[i].isEmpty() ? 0 : keys[i].split(" ").length;
            drop[i] = keys[i].isEmpty();
        }
        int firstProse = -1;
        for (int i = 0; i < n; i++) {
            if (!drop[i] && isProse(lines[i], from[i], to[i], words[i])) {
                firstProse = i;
                break;
            }
        }
        boolean inBlock = false;
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < n; i++) {
            if (drop[i]) {
                continue;
            }
            String line = lines[i].substring(from[i], to[i]);
            boolean prose = isProse(lines[i], from[i], to[i], words[i]);
            boolean shortLine = words[i] <= SHORT_WORDS;
            if (inBlock && !prose) {
                drop[i] = true;
                continue;
            }
            inBlock = false;
            if (shortLine && BLOCK_HEADER.matcher(keys[i]).find()) {
                drop[i] = true;
                inBlock = true;
            } else if (shortLine && PROMPT.matcher(keys[i]).find()) {
                drop[i] = true;
            } else if (isOtherScript(line) || DATE_LINE.matcher(keys[i]).matches()
                    || isStamp(line, keys[i])) {
                drop[i] = true; // "وكالات الإثنين 20-11-2017 22:20": a byline or stamp with the hour of posting
            } else if (i > 0 && words[i] <= RUNNING_TEXT_WORDS && CAPTION.matcher(line).find()) {
                drop[i] = true; // "وزير الخارجية (يمين) أكد أن ... (الجزيرة)": a photo's caption
            } else if (!seen.add(withoutSiteName(line, keys[i]))) {
                drop[i] = true; // a verbatim repeat, such as the headline printed twice
            }
        }
        dropLinkRuns(lines, from, to, words, drop, firstProse);
        dropTrailingFooter(lines, keys, from, to, words, drop);
        return build(raw, lines, starts, from, to, drop, firstProse, title);
    }

    /** Two or more unpunctuated headline-like lines inside the body are a block of links to other articles. */
    private static void dropLinkRuns(String[] lines, int[] from, int[] to, int[] words, boolean[] drop, int firstProse) {
        if (firstProse < 0) {
            return;
        }
        int i = firstProse + 1;
        while (i < lines.length) {
            int j = i;
            List<Integer> run = new ArrayList<>();
            while (j < lines.length && (drop[j] && to[j] == from[j] || !drop[j] && !isProse(lines[j], from[j], to[j], words[j])
                    && words[j] >= 4)) {
                if (!drop[j]) {
                    run.add(j);
                }
                j++;
            }
            if (run.size() >= 2) {
                for (int k : run) {
                    drop[k] = true;
                }
            }
            i = Math.max(j, i + 1);
        }
    }

    /** A blog's signature, poem or mailing-list prompt after the last sentence of the article. */
    private static void dropTrailingFooter(String[] lines, String[] keys, int[] from, int[] to, int[] words, boolean[] drop) {
        for (int i = lines.length - 1; i >= 0; i--) {
            if (drop[i]) {
                continue;
            }
            if (isProse(lines[i], from[i], to[i], words[i]) || words[i] > SHORT_WORDS || cutOffReport(keys[i], words[i])) {
                return;
            }
            drop[i] = true;
        }
    }

    /** Complementizers (`complementizers.tsv`) as match keys: "ان"، "بان"، "انه". */
    private static final Set<String> COMPLEMENTIZER_KEYS = complementizerKeys();

    private static Set<String> complementizerKeys() {
        Set<String> out = new HashSet<>();
        for (String[] row : LexiconFile.rows("complementizers.tsv", 2)) {
            out.add(ArabicNormalizer.matchKey(row[0]));
        }
        return out;
    }

    /**
     * "وتابع أن سياسة بلاده واضحة، ونسعى": a last line that opens with و and reports words after a complementizer is
     * a paragraph the page cut, no signature: it keeps its words.
     */
    private static boolean cutOffReport(String key, int words) {
        String[] w = key.split(" ");
        if (words < 4 || !w[0].startsWith("و")) {
            return false;
        }
        for (int k = 1; k < Math.min(w.length, 6); k++) {
            if (COMPLEMENTIZER_KEYS.contains(w[k])) {
                return true;
            }
        }
        return false;
    }

    private static CleanedText build(String raw, String[] lines, int[] starts, int[] from, int[] to, boolean[] drop,
            int firstProse, String title) {
        StringBuilder text = new StringBuilder(raw.length());
        List<int[]> map = new ArrayList<>();
        String headline = null;
        for (int i = 0; i < lines.length; i++) {
            if (drop[i]) {
                continue;
            }
            if (text.length() > 0) {
                text.append('\n');
            }
            map.add(new int[] {text.length(), starts[i] + from[i]});
            String line = lines[i].substring(from[i], to[i]);
            text.append(line);
            if ((firstProse < 0 || i < firstProse) && (headline == null || line.length() > headline.length())) {
                headline = line; // the longest line before the prose: the kicker is shorter than the headline
            }
        }
        int[] lineStarts = new int[map.size()];
        int[] rawStarts = new int[map.size()];
        for (int k = 0; k < map.size(); k++) {
            lineStarts[k] = map.get(k)[0];
            rawStarts[k] = map.get(k)[1];
        }
        String head = title != null && !title.isBlank() ? title.trim() : headline;
        return new CleanedText(text.toString(), head, new RawOffsets(lineStarts, rawStarts));
    }

    /**
     * A line of running text: ends with a single period (or a closing mark after one) and has a few words; or is too
     * long for any headline, whatever its end (a quotation trailing off "..''" or with no point at all).
     */
    private static boolean isProse(String line, int from, int to, int words) {
        if (to <= from || words < 3) {
            return false;
        }
        if (words >= RUNNING_TEXT_WORDS) {
            return true;
        }
        int end = to - 1;
        while (end > from && isClosing(line.charAt(end))) {
            end--;
        }
        char c = line.charAt(end);
        if (c == '!' || c == '؟' || c == '?') {
            return words >= 8 && line.indexOf(':') < 0;
        }
        return c == '.' && (end == from || line.charAt(end - 1) != '.');
    }

    private static boolean isClosing(char c) {
        return c == '"' || c == '”' || c == '»' || c == '\'' || c == ')' || c == ' ';
    }

    /** Captions left in the source language: more Latin than Arabic letters. */
    private static boolean isOtherScript(String line) {
        int latin = 0;
        int arabic = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                latin++;
            } else if (c >= '\u0600' && c <= '\u06FF') {
                arabic++;
            }
        }
        return latin > arabic;
    }

    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u200F' || c == '\u200E' || c == '\uFEFF';
    }
}
