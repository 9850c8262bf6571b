package org.newsgraph.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.newsgraph.person.PersonKind;

/**
 * Learns the article's named people before speakers are resolved, so that a title or surname met early
 * ("الرئيس الروسي" before "الرئيس الروسي فلاديمير بوتين") finds its person: titled names, appositions and the
 * subjects of reporting and meeting verbs. Then lists every naming per sentence for participants and links.
 */
final class NameCollector {

    /** Verbs whose subject is a participant: أجرى مكالمة، عقد اجتماعا، تحدث مع. */
    static final Set<String> MEETING_VERBS = Lexicons.words(
            "أجرى أجرت يجري تجري سيجري ستجري أجريا يجريان عقد عقدت يعقد تعقد عقدا تلقى تلقت استقبل استقبلت التقى"
                    + " التقت يلتقي اجتمع اجتمعت يجتمع تحدث تحدثت يتحدث سيتحدث بحث بحثت يبحث");

    void learn(List<Token> tokens, List<Sentence> sentences, NounPhraseParser parser, PersonRegistry registry,
            String text) {
        for (Sentence s : sentences) {
            for (int i = s.from(); i < s.to(); i++) {
                Token t = tokens.get(i);
                if (t.isComma() && i + 1 < s.to() && NameLexicon.TITLE_HEADS.contains(tokens.get(i + 1).key())) {
                    apposition(tokens, s, i, parser, registry, text);
                    continue;
                }
                if (!t.word()) {
                    continue;
                }
                // "وزير" starts with و: the key itself may be the title, not only the key without a conjunction
                if (NameLexicon.TITLE_HEADS.contains(t.key()) || NameLexicon.TITLE_HEADS.contains(t.bare())
                        || NameLexicon.TITLE_HEADS.contains(
                        ArabicNormalizer.withoutProclitic(t.key()))) {
                    NounPhrase np = parser.parse(i, s.to(), false);
                    if (np != null && np.kind() == PersonKind.PERSON && np.name() != null) {
                        registry.resolve(np, text);
                        i = np.to() - 1;
                    }
                } else if (CueLexicon.cue(t) != null || MEETING_VERBS.contains(t.bare())) {
                    NounPhrase np = parser.parse(i + 1, s.to(), true);
                    if (np != null && np.kind() == PersonKind.PERSON && np.name() != null) {
                        registry.resolve(np, text);
                        i = np.to() - 1;
                    }
                }
            }
        }
    }

    /** "أنتوني بلينكين، وزير الخارجية الأمريكي،": the name before the comma takes the title after it. */
    private static void apposition(List<Token> tokens, Sentence s, int comma, NounPhraseParser parser,
            PersonRegistry registry, String text) {
        for (int back = 2; back >= 1; back--) {
            int p = comma - back;
            if (p < s.from()) {
                continue;
            }
            NounPhrase np = parser.parse(p, s.to(), true);
            if (np != null && np.kind() == PersonKind.PERSON && np.name() != null && np.roleFrom() >= 0
                    && np.to() > comma + 1) {
                registry.resolve(np, text);
                return;
            }
        }
    }

    /** Every naming of a person, institution or source, per sentence index. */
    Map<Integer, List<PersonMention>> mentions(List<Token> tokens, List<Sentence> sentences, NounPhraseParser parser,
            PersonRegistry registry, String text) {
        Map<Integer, List<PersonMention>> out = new HashMap<>();
        for (Sentence s : sentences) {
            List<PersonMention> list = new ArrayList<>();
            int i = s.from();
            while (i < s.to()) {
                NounPhrase np = parser.mayStart(tokens.get(i)) ? parser.parse(i, s.to(), false) : null;
                PersonRegistry.Entry e = np == null ? null : registry.resolve(np, text);
                if (e != null) {
                    list.add(new PersonMention(np.from(), np.to(), e.ref));
                    i = np.to();
                } else {
                    i++;
                }
            }
            out.put(s.index(), list);
        }
        return out;
    }
}
