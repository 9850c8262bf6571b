package org.newsgraph.extraction.events;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.newsgraph.extraction.clean.NoiseCleaner;
import org.newsgraph.extraction.dates.DateMention;
import org.newsgraph.extraction.document.Document;
import org.newsgraph.extraction.document.Span;
import org.newsgraph.extraction.lexicon.EventLexicon;
import org.newsgraph.text.LexiconFile;
import org.newsgraph.extraction.names.NameCollector;
import org.newsgraph.extraction.names.NounPhrase;
import org.newsgraph.extraction.names.NounPhraseParser;
import org.newsgraph.extraction.names.PersonRegistry;
import org.newsgraph.extraction.tokens.Sentence;
import org.newsgraph.extraction.tokens.SentenceSplitter;
import org.newsgraph.extraction.tokens.Token;
import org.newsgraph.extraction.tokens.Tokenizer;
import org.newsgraph.extraction.tokens.Tokens;

/**
 * Facts outlets may report differently about one event, with the exact span: what kind of event the article calls
 * it ("قمة افتراضية" here, "مكالمة هاتفية" there), duration ("استمر 50 دقيقة"، "لمدة ساعة")، who asked for it
 * ("بطلب من"، "بناء على طلب"، "التي طلبها")، date and place.
 *
 * <p>Reads the cleaned text, {@link Tokenizer#TOKENS}, {@link SentenceSplitter#SENTENCES}, {@link EventGrouper#GROUPS},
 * {@link NameCollector#PARSER} and {@link NameCollector#REGISTRY}; adds nothing: the pipeline asks for each event's
 * claims as it writes the event out, because naming who asked for an event may add an alias to the registry, and the
 * people are written out before.
 */
public final class ClaimExtractor {

    private static final Set<String> DURATION_CUES = LexiconFile.words("claim-words.txt", "DURATION");
    private static final Set<String> MINUTES = LexiconFile.words("claim-words.txt", "MINUTES");
    private static final Set<String> HOURS = LexiconFile.words("claim-words.txt", "HOURS");
    private static final Set<String> TWO_HOURS = LexiconFile.words("claim-words.txt", "TWO_HOURS");
    private static final Set<String> HALF = LexiconFile.words("claim-words.txt", "HALF");
    private static final Set<String> APPROXIMATE = LexiconFile.words("claim-words.txt", "APPROXIMATE");
    private static final Set<String> REQUESTED = LexiconFile.words("claim-words.txt", "REQUEST");
    /** Three-word phrases of a request ("بناء على طلب"), the first word read without و/ف. */
    private static final Set<String> REQUEST_PHRASES = LexiconFile.words("claim-words.txt", "REQUEST_PHRASE");

    static {
        LexiconFile.checkRoles("claim-words.txt", Set.of("DURATION", "MINUTES", "HOURS", "TWO_HOURS", "HALF",
                "APPROXIMATE", "REQUEST", "REQUEST_PHRASE"));
    }

    public List<Claim> claims(EventGrouper.Group g, Document doc) {
        return claims(g, doc.get(Tokenizer.TOKENS), doc.get(SentenceSplitter.SENTENCES),
                doc.get(NoiseCleaner.CLEANED).text(), doc.get(NameCollector.PARSER), doc.get(NameCollector.REGISTRY));
    }

    List<Claim> claims(EventGrouper.Group g, List<Token> tokens, List<Sentence> sentences, String text,
            NounPhraseParser parser, PersonRegistry registry) {
        List<Claim> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (EventMention m : g.mentions) {
            if (m.kind() == g.kind) {
                add(out, seen, Claim.KIND, g.kind.name(), Tokens.span(tokens, text, m.from(), m.to()));
                break;
            }
        }
        for (EventMention m : g.mentions) {
            Sentence s = sentences.get(m.sentence());
            if (m.date() != null) {
                DateMention d = m.date();
                String value = d.end() == null ? d.start().toString() : d.start() + "/" + d.end();
                add(out, seen, "date", value, Tokens.span(tokens, text, d.from(), d.to()));
            }
            if (m.month() != null) {
                DateMention d = m.month();
                boolean wholeMonth = d.start().getDayOfMonth() == 1 && d.end().getDayOfMonth() == d.end().lengthOfMonth();
                String value = wholeMonth ? d.start().toString().substring(0, 7) : d.start() + "/" + d.end();
                add(out, seen, "date", value, Tokens.span(tokens, text, d.from(), d.to()));
            }
            if (m.location() != null) {
                add(out, seen, "location", m.location(), new Span(m.locationSpan().start(), m.locationSpan().end(),
                        text.substring(m.locationSpan().start(), m.locationSpan().end())));
            }
            if (m.reference()) {
                continue;
            }
            int limit = s.to();
            for (int i = m.from(); i < limit; i++) {
                Token t = tokens.get(i);
                if (!t.word()) {
                    continue;
                }
                if (DURATION_CUES.contains(t.bare())) {
                    duration(tokens, i, limit, text, out, seen);
                } else if (REQUESTED.contains(t.bare())) {
                    requester(tokens, i, i + 1, s, text, parser, registry, out, seen);
                } else if (i + 2 < limit && REQUEST_PHRASES.contains(t.bare() + " " + tokens.get(i + 1).key() + " "
                        + tokens.get(i + 2).key())) {
                    requester(tokens, i, i + 3, s, text, parser, registry, out, seen);
                }
            }
        }
        return out;
    }

    private static void duration(List<Token> tokens, int cue, int limit, String text, List<Claim> out,
            Set<String> seen) {
        int i = cue + 1;
        int amount = 1;
        if (i < limit && isNumber(tokens.get(i).key())) {
            amount = Integer.parseInt(tokens.get(i).key());
            i++;
        } else if (i < limit && APPROXIMATE.contains(tokens.get(i).key())) {
            return;
        }
        if (i >= limit) {
            return;
        }
        String unit = tokens.get(i).key();
        String value;
        if (MINUTES.contains(unit)) {
            value = "PT" + amount + "M";
        } else if (HOURS.contains(unit)) {
            value = "PT" + amount + "H";
        } else if (TWO_HOURS.contains(unit)) {
            value = "PT2H";
        } else if (HALF.contains(unit) && i + 1 < limit && HOURS.contains(tokens.get(i + 1).key())) {
            value = "PT30M";
            i++;
        } else {
            return;
        }
        add(out, seen, "duration", value, Tokens.span(tokens, text, cue, i + 1));
    }

    /** Who asked for the event, named from {@code at} after the request word or phrase at {@code i}. */
    private static void requester(List<Token> tokens, int i, int at, Sentence s, String text, NounPhraseParser parser,
            PersonRegistry registry, List<Claim> out, Set<String> seen) {
        if (at < s.to() && EventLexicon.OF.contains(tokens.get(at).key())) {
            at++;
        }
        NounPhrase np = parser.parse(at, s.to(), true);
        if (np == null || np.refersBack()) {
            return;
        }
        PersonRegistry.Entry e = registry.resolve(np, text);
        if (e != null) {
            add(out, seen, "requestedBy", e.displayName(), Tokens.span(tokens, text, i, np.to()));
        }
    }

    private static boolean isNumber(String k) {
        if (k.isEmpty() || k.length() > 4) {
            return false;
        }
        for (int i = 0; i < k.length(); i++) {
            if (!Character.isDigit(k.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static void add(List<Claim> out, Set<String> seen, String attribute, String value, Span span) {
        if (seen.add(attribute + "=" + value)) {
            out.add(new Claim(attribute, value, span));
        }
    }
}
