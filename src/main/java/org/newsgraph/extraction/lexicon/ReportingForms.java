package org.newsgraph.extraction.lexicon;

import java.util.ArrayList;
import java.util.List;

import org.newsgraph.extraction.lexicon.Inflections.Affix;
import org.newsgraph.text.ArabicNormalizer;

import static org.newsgraph.extraction.lexicon.Inflections.prefix;
import static org.newsgraph.extraction.lexicon.Inflections.suffix;

/**
 * Generates the written forms of a reporting lemma from its perfect, imperfect, participle and verbal nouns, as match
 * keys: perfect and imperfect for he/she/they-two/they (weak final letters handled), the participle used adverbially
 * with its accusative endings (مؤكدا، مؤكدة، مؤكدين), the verbal noun with a possessive pronoun (قوله، تأكيدها) and
 * bare, definite or after بـ (تصريح، التأكيد، بالقول). An attached و/ف is read off by the tokenizer. The affixes
 * are those of {@link Inflections}; the weak final letters that fall before them are the morphology's own.
 */
public final class ReportingForms {

    /** What a written form is of its lemma. */
    public enum Role {
        /** a finite verb: قال، تؤكد */
        VERB,
        /** an adverbial participle: مؤكدا، مشيرة */
        PARTICIPLE,
        /** a verbal noun with the speaker's pronoun, after "عن X": قوله، تأكيدها */
        REPORTED,
        /** a verbal noun: تحذير، التأكيد، بالقول */
        VERBAL_NOUN
    }

    /** A generated form: its key, role, and the gender and number of the subject it agrees with. */
    public record Form(String key, Role role, boolean feminine, boolean plural) {
    }

    private ReportingForms() {
    }

    public static List<Form> generate(String perfect, String imperfect, String participle, List<String> verbalNouns) {
        List<Form> out = new ArrayList<>();
        perfect(ArabicNormalizer.matchKey(perfect), out);
        imperfect(ArabicNormalizer.matchKey(imperfect), out);
        if (participle != null) {
            participle(ArabicNormalizer.matchKey(participle), out);
        }
        for (String noun : verbalNouns) {
            verbalNoun(noun, out);
        }
        return out;
    }

    /** قال قالت قالا قالتا قالوا; نفى نفت نفيا نفوا; دعا دعت دعوا. */
    private static void perfect(String p, List<Form> out) {
        char last = p.charAt(p.length() - 1);
        boolean weak = last == 'ي' || last == 'ا'; // نفى (folded to نفي), دعا
        String stem = weak ? p.substring(0, p.length() - 1) : p;
        verb(p, false, false, out);
        verb(stem + suffix(Affix.PERFECT_SHE), true, false, out);
        verb(stem + suffix(Affix.PERFECT_THEY_TWO_FEMININE), true, true, out);
        verb(stem + suffix(Affix.PERFECT_THEY), false, true, out);
        String dual = last == 'ا' ? stem + suffix(Affix.PERFECT_THEY_TWO_AFTER_ALIF) : p + suffix(Affix.PERFECT_THEY_TWO);
        verb(dual, false, true, out);
    }

    /** يقول تقول يقولان تقولان يقولون; ينفي ينفون; يدعو يدعون. */
    private static void imperfect(String i, List<Form> out) {
        String stem = i.substring(1); // without its person prefix
        char last = i.charAt(i.length() - 1);
        String plural = (last == 'ي' || last == 'و' ? i.substring(0, i.length() - 1) : i) + suffix(Affix.IMPERFECT_THEY);
        verb(i, false, false, out);
        verb(prefix(Affix.IMPERFECT_SHE) + stem, true, false, out);
        verb(i + suffix(Affix.IMPERFECT_THEY_TWO), false, true, out);
        verb(prefix(Affix.IMPERFECT_THEY_TWO_FEMININE) + stem + suffix(Affix.IMPERFECT_THEY_TWO_FEMININE), true, true, out);
        verb(plural, false, true, out);
    }

    /** مؤكدا مؤكدة مؤكدين مؤكدتين مؤكدات; نافيا نافية نافين. */
    private static void participle(String p, List<Form> out) {
        boolean defective = p.charAt(p.length() - 1) == 'ي';
        String stem = defective ? p.substring(0, p.length() - 1) : p;
        out.add(new Form(p + suffix(Affix.PARTICIPLE_HE), Role.PARTICIPLE, false, false));
        out.add(new Form(p + suffix(Affix.PARTICIPLE_SHE), Role.PARTICIPLE, true, false));
        out.add(new Form(stem + suffix(Affix.PARTICIPLE_THEY), Role.PARTICIPLE, false, true));
        out.add(new Form(p + suffix(Affix.PARTICIPLE_THEY_TWO_FEMININE), Role.PARTICIPLE, true, true));
        out.add(new Form(p + suffix(Affix.PARTICIPLE_THEY_FEMININE), Role.PARTICIPLE, true, true));
    }

    /** قوله قولها قولهم قولهما; دعوته; تصريح التصريح بالتصريح. */
    private static void verbalNoun(String written, List<Form> out) {
        String n = ArabicNormalizer.matchKey(written);
        String possessed = n;
        if (written.endsWith(Inflections.writtenSuffix(Affix.FEMININE_NOUN))) { // دعوة → دعوته
            possessed = n.substring(0, n.length() - suffix(Affix.FEMININE_NOUN).length())
                    + suffix(Affix.FEMININE_NOUN_BEFORE_PRONOUN);
        }
        out.add(new Form(possessed + suffix(Affix.PRONOUN_HE), Role.REPORTED, false, false));
        out.add(new Form(possessed + suffix(Affix.PRONOUN_SHE), Role.REPORTED, true, false));
        out.add(new Form(possessed + suffix(Affix.PRONOUN_THEY), Role.REPORTED, false, true));
        out.add(new Form(possessed + suffix(Affix.PRONOUN_THEY_TWO), Role.REPORTED, false, true));
        out.add(new Form(n, Role.VERBAL_NOUN, false, false));
        out.add(new Form(prefix(Affix.VERBAL_NOUN_DEFINITE) + n, Role.VERBAL_NOUN, false, false));
        out.add(new Form(prefix(Affix.VERBAL_NOUN_AFTER_BA) + n, Role.VERBAL_NOUN, false, false));
    }

    private static void verb(String key, boolean feminine, boolean plural, List<Form> out) {
        out.add(new Form(key, Role.VERB, feminine, plural));
    }
}
