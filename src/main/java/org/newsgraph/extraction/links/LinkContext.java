package org.newsgraph.extraction.links;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.newsgraph.extraction.events.EventGrouper;
import org.newsgraph.extraction.events.EventMention;
import org.newsgraph.extraction.lexicon.Affixes;
import org.newsgraph.extraction.lexicon.GrammarWords;
import org.newsgraph.text.LexiconFile;
import org.newsgraph.extraction.lexicon.NameLexicon;
import org.newsgraph.extraction.links.QuoteEventLinker.Link;
import org.newsgraph.extraction.names.PersonMention;
import org.newsgraph.extraction.names.PersonRegistry;
import org.newsgraph.extraction.quotes.QuoteCandidate;
import org.newsgraph.extraction.speakers.SpeakerResolver;
import org.newsgraph.extraction.tokens.Sentence;
import org.newsgraph.extraction.tokens.SentenceSplitter;
import org.newsgraph.extraction.tokens.Token;
import org.newsgraph.text.ArabicNormalizer;

/**
 * What the linking rules read about one article (its statements, their speakers, sentences, events, and the links
 * and occasions given so far: {@code occasions} holds where each statement was made, which continuations carry,
 * while {@code links} may hold what it reported on), and the questions they ask of it: which mentions place someone at an event (occasions), who a
 * statement speaks of, whether a speaker goes on. {@code attendees} are each event's participants and whoever speaks
 * at it; {@code onlyOccasion} caches, per speaker, the one occasion the article places them at (-1 for none or several);
 * {@code clauseOccasions} holds, per statement, the occasion its own clause names, or null; {@code reported} is the event the article reports (its main event), or null.
 * The words come from {@code lexicon/link-words.txt}.
 */
record LinkContext(List<QuoteCandidate> quotes, List<SpeakerResolver.Resolution> speakers, List<Sentence> sentences,
        List<Token> tokens, List<EventGrouper.Group> groups, Map<Integer, List<PersonMention>> people,
        PersonRegistry registry, List<Link> links, List<Link> occasions, List<Mention> occasionMentions,
        Map<Integer, List<Mention>> mentionsBySentence, Map<Integer, List<QuoteCandidate>> quotesBySentence,
        int[] leadOccasions, List<Set<Integer>> attendees, Map<Integer, Integer> onlyOccasion, boolean titled,
        List<Mention> clauseOccasions, EventGrouper.Group reported) {

    /**
     * The context of one article; the event mentions of each sentence, those that place someone at an event and the
     * occasions named by lead sentences are found once here, because every rule asks for them for every statement (found per question, a long article took
     * cubic time).
     */
    static LinkContext of(List<QuoteCandidate> quotes, List<SpeakerResolver.Resolution> speakers,
            List<Sentence> sentences, List<Token> tokens, List<EventGrouper.Group> groups,
            Map<Integer, List<PersonMention>> people, PersonRegistry registry, List<Link> links,
            List<Link> occasions) {
        Map<Integer, List<QuoteCandidate>> quotesBySentence = new HashMap<>();
        for (QuoteCandidate q : quotes) {
            quotesBySentence.computeIfAbsent(q.sentence(), k -> new ArrayList<>()).add(q);
        }
        Map<Integer, List<Mention>> mentionsBySentence = mentionsBySentence(groups);
        LinkContext c = new LinkContext(quotes, speakers, sentences, tokens, groups, people, registry, links, occasions,
                occasionMentions(quotesBySentence, sentences, tokens, groups), mentionsBySentence, quotesBySentence,
                OccasionLeads.leadOccasions(tokens, sentences, mentionsBySentence, quotesBySentence), attendees(groups),
                new HashMap<>(), SentenceSplitter.titled(sentences, tokens), new ArrayList<>(), EventGrouper.main(groups));
        for (int n = 0; n < quotes.size(); n++) {
            c.clauseOccasions().add(LinkRules.findClauseOccasion(c, n)); // read by three rules and the attendance pass
        }
        return c;
    }

    /** Each event's participants, to which the linker adds who speaks at it; the events' own lists stay as found. */
    private static List<Set<Integer>> attendees(List<EventGrouper.Group> groups) {
        List<Set<Integer>> out = new ArrayList<>();
        for (EventGrouper.Group g : groups) {
            out.add(new HashSet<>(g.participants));
        }
        return out;
    }

    /** Whether the person took part in the event, as far as the linker knows. */
    boolean attended(int group, Integer person) {
        return attendees.get(group).contains(person);
    }


    static final Set<String> TOPIC = LexiconFile.words("link-words.txt", "TOPIC");
    static final Set<String> ANSWER = LexiconFile.words("link-words.txt", "ANSWER");
    static final Set<String> COUNTERPART = LexiconFile.words("link-words.txt", "COUNTERPART");
    static final Set<String> CONTINUES = LexiconFile.words("link-words.txt", "CONTINUES");
    static final Set<String> SPEECH = LexiconFile.words("link-words.txt", "SPEECH");
    static final Set<String> CAME = LexiconFile.words("link-words.txt", "CAME");
    static final Set<String> REPORTS = LexiconFile.words("link-words.txt", "REPORTS");
    static final Set<String> REPORTED_AFTER_TAMMA = LexiconFile.words("link-words.txt", "REPORTED_AFTER_TAMMA");
    /** The passive's auxiliary "تم" that such a verbal noun follows ("تم الاتفاق"). */
    static final Set<String> TAMMA = LexiconFile.words("link-words.txt", "TAMMA");
    static final Set<String> CIRCUMSTANCE = LexiconFile.words("link-words.txt", "CIRCUMSTANCE");
    static final Set<String> TIME_ANAPHOR = LexiconFile.words("link-words.txt", "TIME_ANAPHOR");
    static final Set<String> DURING = LexiconFile.words("link-words.txt", "DURING");
    static final Set<String> AFTER = LexiconFile.words("link-words.txt", "AFTER");
    static final Set<String> SHIFT = LexiconFile.words("link-words.txt", "SHIFT");
    static final Set<String> ATTITUDE = LexiconFile.words("link-words.txt", "ATTITUDE");
    static final Set<String> ALSO = LexiconFile.words("link-words.txt", "ALSO");
    static final Set<String> DELEGATE = LexiconFile.words("link-words.txt", "DELEGATE");
    static final Set<String> ATTENDING = LexiconFile.words("link-words.txt", "ATTENDING");
    static final Set<String> TAKING_PART = LexiconFile.words("link-words.txt", "TAKING_PART");

    static {
        LexiconFile.checkRoles("link-words.txt", Set.of("TOPIC", "ANSWER", "COUNTERPART", "CONTINUES",
                "REPORTS", "REPORTED_AFTER_TAMMA", "TAMMA", "CIRCUMSTANCE", "SPEECH", "CAME", "TIME_ANAPHOR", "DURING", "ATTITUDE",
                "AFTER", "SHIFT", "ALSO", "DELEGATE", "ATTENDING", "FEELING_FOR", "TAKING_PART"));
    }

    /** An event mention with the index of its event. */
    record Mention(int group, EventMention mention) {
    }
    /**
     * Where statement n was made, as a continuation carries it: its occasion, or when it names none, the event it
     * reported on (a speaker who goes on goes on about it).
     */
    static Link carried(LinkContext c, int n) {
        return c.occasions().get(n).event() >= 0 ? c.occasions().get(n) : c.links().get(n);
    }

    /** True when the group is named outside statements too: an occasion the article reports, not only cites. */
    static boolean isOccasion(LinkContext c, int group) {
        for (Mention m : occasions(c)) {
            if (m.group() == group) {
                return true;
            }
        }
        return false;
    }

    static Link link(int group) {
        return new Link(group, 0, "");
    }

    /**
     * Whether the statement's clause, between its cue and its words, names an outlet the words were given to ("في
     * تصريح لـ«الأيام»"، "في حديث لصحيفة الغد"، "لقناة العربية"): their occasion is the outlet's, not an event.
     */
    static boolean givenToAnOutlet(LinkContext c, int n) {
        QuoteCandidate q = c.quotes().get(n);
        if (q.cueToken() < 0 || q.cueToken() >= q.from()) {
            return false;
        }
        for (int i = q.cueToken() + 1; i < q.from(); i++) {
            Token t = c.tokens().get(i);
            if (!t.word() || !t.key().startsWith(Affixes.PREPOSITION_LI)) {
                continue;
            }
            String rest = t.key().substring(Affixes.PREPOSITION_LI.length());
            boolean marked = rest.isEmpty() && i + 1 < q.from() && c.tokens().get(i + 1).mark() > 0;
            if (marked || NameLexicon.MEDIA_HEADS.contains(rest)) {
                return true;
            }
        }
        return false;
    }

    static boolean isHeadline(LinkContext c, int n) {
        return c.titled() && c.sentences().get(c.quotes().get(n).sentence()).paragraph() == 0;
    }

    /** True when the article's headline names the group: the event the article is about ("نجاح القمة العربية"). */
    static boolean namedInHeadline(LinkContext c, int group) {
        if (!c.titled()) {
            return false;
        }
        for (EventMention m : c.groups().get(group).mentions) {
            if (c.sentences().get(m.sentence()).paragraph() == 0) {
                return true;
            }
        }
        return false;
    }

    /** The event mentions of a sentence, in text order. */
    static List<Mention> mentions(LinkContext c, int sentence) {
        return c.mentionsBySentence().getOrDefault(sentence, List.of());
    }

    private static Map<Integer, List<Mention>> mentionsBySentence(List<EventGrouper.Group> groups) {
        Map<Integer, List<Mention>> out = new HashMap<>();
        for (int g = 0; g < groups.size(); g++) {
            for (EventMention m : groups.get(g).mentions) {
                out.computeIfAbsent(m.sentence(), k -> new ArrayList<>()).add(new Mention(g, m));
            }
        }
        out.values().forEach(list -> list.sort((a, b) -> Integer.compare(a.mention().from(), b.mention().from())));
        return out;
    }

    /**
     * Mentions that place someone at an event: outside statements (or a meeting verb of two people a statement
     * reports), not in a relative clause, in text order.
     */
    static List<Mention> occasions(LinkContext c) {
        return c.occasionMentions();
    }

    private static List<Mention> occasionMentions(Map<Integer, List<QuoteCandidate>> quotesBySentence,
            List<Sentence> sentences, List<Token> tokens, List<EventGrouper.Group> groups) {
        List<Mention> out = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            for (EventMention m : groups.get(g).mentions) {
                // "وقالت الوزارة في بيان إن الوزير التقى نظيره": a meeting of two people reported by a verb, in the
                // past, places them there even inside a statement
                boolean reportedMeeting = m.verbal() && !m.future() && !m.earlier() && m.participants().size() >= 2;
                if ((!insideAnyStatement(m, quotesBySentence) || reportedMeeting)
                        && !inRelativeClause(tokens, sentences.get(m.sentence()), m)
                        && !governedByTopicWord(tokens, m.from())) { // "وحول زيارة الوفد": a topic, nobody's occasion
                    out.add(new Mention(g, m));
                }
            }
        }
        out.sort((a, b) -> Integer.compare(a.mention().from(), b.mention().from()));
        return List.copyOf(out);
    }

    /**
     * The occasions named before the statement and the mentions of the event the article reports (its main event)
     * inside statements before it, in text order: a wire lead is often a source's words ("أفاد مصدر بأن الوزيرين
     * أجريا محادثة هاتفية"), and the event it reports is still where its people spoke; another event a statement
     * only cites is not.
     */
    static List<Mention> mentionsBefore(LinkContext c, QuoteCandidate q) {
        List<Mention> out = new ArrayList<>(occasionsBefore(c, q));
        for (int s = 0; s <= q.sentence(); s++) {
            for (Mention m : mentions(c, s)) {
                if (m.mention().from() < q.from() && c.groups().get(m.group()) == c.reported() && !out.contains(m)) {
                    out.add(m);
                }
            }
        }
        out.sort((a, b) -> Integer.compare(a.mention().from(), b.mention().from()));
        return out;
    }

    /** The occasions named before the statement, in text order. */
    static List<Mention> occasionsBefore(LinkContext c, QuoteCandidate q) {
        List<Mention> all = c.occasionMentions();
        int lo = 0;
        int hi = all.size();
        while (lo < hi) { // the first mention from the statement on: the list is sorted by position
            int mid = (lo + hi) >>> 1;
            if (all.get(mid).mention().from() < q.from()) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return all.subList(0, lo);
    }

    static boolean preceded(List<Token> tokens, int at, Set<String> words, int window) {
        for (int i = at - 1; i >= Math.max(0, at - window); i--) {
            if (tokens.get(i).word() && words.contains(ArabicNormalizer.withoutProclitic(tokens.get(i).bare()))) {
                return true;
            }
        }
        return false;
    }

    static boolean contains(List<Token> tokens, int from, int to, Set<String> words) {
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            if (t.word() && (words.contains(t.key()) || words.contains(t.bare())
                    || words.contains(ArabicNormalizer.withoutProclitic(t.bare())))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "حول زيارة"، "تعليقا على زيارة": the event word is what a topic word governs, right after it or after its
     * preposition; not one further on ("حول الاتفاق النووي أمام مجلس الشورى" places the speaker at the council).
     */
    static boolean governedByTopicWord(List<Token> tokens, int at) {
        return preceded(tokens, at, TOPIC, 1) || at >= 2 && tokens.get(at - 1).word()
                && GrammarWords.PREPOSITIONS.contains(tokens.get(at - 1).key()) && preceded(tokens, at - 1, TOPIC, 1);
    }

    /**
     * "إلى ذلك، أكد الوزير ..."، "ومن جهة أخرى قال المتحدث ...": the statement's sentence turns to another matter. A
     * cue without a subject of its own ("ومن جانب آخر، أشار إلى ...") turns to another matter of the same speaker's
     * words, which were said where the ones before were.
     */
    static boolean opensNewMatter(LinkContext c, int n) {
        QuoteCandidate.Attribution attribution = c.quotes().get(n).attribution();
        if (attribution == QuoteCandidate.Attribution.PRONOUN || attribution == QuoteCandidate.Attribution.SAME_AS_PREVIOUS) {
            return false;
        }
        Sentence s = c.sentences().get(c.quotes().get(n).sentence());
        int first = s.from();
        while (first < s.to() && !c.tokens().get(first).word()) {
            first++;
        }
        return first < s.to() && startsPhrase(c.tokens(), first, s.to(), SHIFT);
    }

    /** True when a phrase of the set (up to three words, with و/ف on its first word or not) starts in [from, to). */
    static boolean containsPhrase(List<Token> tokens, int from, int to, Set<String> phrases) {
        for (int i = from; i < to; i++) {
            if (startsPhrase(tokens, i, to, phrases)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A phrase of the set starting at i and ending before {@code to}; its first word as written, without a proclitic,
     * or without و ("ومن جهة أخرى": "ومن" is too short to lose it as a proclitic).
     */
    private static boolean startsPhrase(List<Token> tokens, int i, int to, Set<String> phrases) {
        String written = tokens.get(i).key();
        String withoutProclitic = ArabicNormalizer.withoutProclitic(written);
        String withoutWa = written.startsWith(Affixes.CONJUNCTION_WA) && written.length() > 2 ? written.substring(1) : written;
        for (String first : List.of(written, withoutProclitic, withoutWa)) {
            StringBuilder key = new StringBuilder(first);
            for (int j = i; j < Math.min(to, i + 3) && tokens.get(j).word(); j++) {
                if (j > i) {
                    key.append(' ').append(tokens.get(j).key());
                }
                if (phrases.contains(key.toString())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The words from {@code from} to {@code to} that name no one: the other party's naming, however long its title
     * ("مؤتمرا صحفيا مشتركا مع وزير الخارجية والهجرة وشؤون المصريين بالخارج، الدكتور سالم حداد، عقب المباحثات"),
     * does not part a briefing from the event it follows.
     */
    static int unnamedWordsBetween(LinkContext c, int sentence, int from, int to) {
        int words = 0;
        for (int i = from; i < to; i++) {
            int at = i;
            boolean named = c.people().getOrDefault(sentence, List.of()).stream().anyMatch(p -> p.from() <= at && at < p.to());
            words += c.tokens().get(i).word() && !named ? 1 : 0;
        }
        return words;
    }

    static int wordsBetween(List<Token> tokens, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n += tokens.get(i).word() ? 1 : 0;
        }
        return n;
    }

    static Set<String> words(List<Token> tokens, int from, int to) {
        Set<String> out = new HashSet<>();
        for (int i = from; i < to; i++) {
            if (tokens.get(i).word() && tokens.get(i).key().length() > 2) {
                out.add(tokens.get(i).bare());
            }
        }
        return out;
    }

    static boolean startsWithAdverbial(List<Token> tokens, Sentence s) {
        Token first = tokens.get(s.from());
        return first.word() && CIRCUMSTANCE.contains(first.key());
    }

    static boolean insideAnyStatement(EventMention m, Map<Integer, List<QuoteCandidate>> quotesBySentence) {
        for (QuoteCandidate q : quotesBySentence.getOrDefault(m.sentence(), List.of())) {
            if (m.from() >= q.from() && m.from() < q.to()) {
                return true;
            }
        }
        return false;
    }

    /**
     * "لمشاركة الأردن في مؤتمر البحرين"، "بشأن حضوره القمة": taking part in the gathering is the topic, within four words
     * before it; "خلال مشاركته في القمة" instead places the speaker there.
     */
    static boolean takingPartIsTopic(List<Token> tokens, Sentence s, EventMention m) {
        for (int i = m.from() - 1; i >= Math.max(s.from(), m.from() - 4); i--) {
            if (tokens.get(i).word() && TAKING_PART.contains(ArabicNormalizer.withoutProclitic(tokens.get(i).bare()))) {
                return !preceded(tokens, i, DURING, 1);
            }
        }
        return false;
    }

    static boolean inRelativeClause(List<Token> tokens, Sentence s, EventMention m) {
        for (int i = m.from() - 1; i >= Math.max(s.from(), m.from() - 4); i--) {
            if (tokens.get(i).word() && (GrammarWords.RELATIVES.contains(tokens.get(i).key())
                    || ATTENDING.contains(tokens.get(i).key()) || ATTENDING.contains(tokens.get(i).bare()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The same speaker goes on with the same statement: in the same sentence, without a cue, with "وأضاف/وتابع",
     * or named again only by a pronoun or "المسؤول". A speaker named anew starts a new topic.
     */
    static boolean goesOn(QuoteCandidate q, QuoteCandidate previous, SpeakerResolver.Resolution speaker) {
        if (q.sentence() == previous.sentence() || q.cue() == null
                || q.attribution() != QuoteCandidate.Attribution.NAMED) {
            return true;
        }
        if (isContinuationCue(q.cue())) {
            return true;
        }
        return speaker.naming() != null
                && NameLexicon.ANONYMOUS_ANAPHORS.contains(ArabicNormalizer.matchKey(speaker.naming().text()));
    }

    /** "وأضاف"، "وتابع"، "مضيفا": a cue of a statement that goes on from the one before. */
    static boolean isContinuationCue(String cue) {
        String key = ArabicNormalizer.matchKey(cue);
        return CONTINUES.contains(key) || CONTINUES.contains(ArabicNormalizer.withoutProclitic(key));
    }

    /** People the statement speaks of or to: in it, or between the cue and it (not in a relative clause). */
    static List<PersonMention> spokenOf(LinkContext c, int n) {
        QuoteCandidate q = c.quotes().get(n);
        List<PersonMention> out = new ArrayList<>();
        int from = q.from();
        if (q.cueToken() >= 0 && q.cueToken() < q.from()) {
            from = q.cueToken();
            for (int i = q.cueToken(); i < q.from(); i++) {
                if (c.tokens().get(i).word() && GrammarWords.RELATIVES.contains(c.tokens().get(i).key())) {
                    from = q.from();
                    break;
                }
            }
        }
        // "قال X في مؤتمر صحفي بعد محادثات مع Y إن": Y follows an event word, a participant of that event, not
        // someone the statement is addressed to ("أكد X لنظيره Y أن")
        int eventInGap = q.from();
        for (Mention m : mentions(c, q.sentence())) {
            if (m.mention().from() >= from && m.mention().from() < eventInGap) {
                eventInGap = m.mention().from();
            }
        }
        for (PersonMention p : c.people().getOrDefault(q.sentence(), List.of())) {
            boolean eventComplement = p.from() > eventInGap && p.to() <= q.from();
            if (p.from() >= from && p.to() <= q.to() && !eventComplement) {
                out.add(p);
            }
        }
        return out;
    }
}
