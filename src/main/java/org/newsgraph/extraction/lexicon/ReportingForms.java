package org.newsgraph.extraction.lexicon;

import java.util.ArrayList;
import java.util.List;

import org.newsgraph.text.ArabicNormalizer;

/**
 * Generates the written forms of a reporting lemma from its perfect, imperfect, participle and verbal nouns, as match
 * keys: perfect and imperfect for he/she/they-two/they (weak final letters handled), the participle used adverbially
 * with its accusative endings (مؤكدا، مؤكدة، مؤكدين), the verbal noun with a possessive pronoun (قوله، تأكيدها) and
 * bare, definite or after بـ (تصريح، التأكيد، بالقول). An attached و/ف is read off by the tokenizer.
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
        verb(stem + "ت", true, false, out);
        verb(stem + "تا", true, true, out);
        verb(stem + "وا", false, true, out);
        verb(weak ? (last == 'ي' ? stem + "يا" : stem + "وا") : p + "ا", false, true, out);
    }

    /** يقول تقول يقولان تقولان يقولون; ينفي ينفون; يدعو يدعون. */
    private static void imperfect(String i, List<Form> out) {
        String feminine = "ت" + i.substring(1);
        char last = i.charAt(i.length() - 1);
        String plural = last == 'ي' || last == 'و' ? i.substring(0, i.length() - 1) + "ون" : i + "ون";
        verb(i, false, false, out);
        verb(feminine, true, false, out);
        verb(i + "ان", false, true, out);
        verb(feminine + "ان", true, true, out);
        verb(plural, false, true, out);
    }

    /** مؤكدا مؤكدة مؤكدين مؤكدتين مؤكدات; نافيا نافية نافين. */
    private static void participle(String p, List<Form> out) {
        boolean defective = p.endsWith("ي");
        String stem = defective ? p.substring(0, p.length() - 1) : p;
        out.add(new Form(p + "ا", Role.PARTICIPLE, false, false));
        out.add(new Form(stem + (defective ? "يه" : "ه"), Role.PARTICIPLE, true, false));
        out.add(new Form(stem + "ين", Role.PARTICIPLE, false, true));
        out.add(new Form(p + "تين", Role.PARTICIPLE, true, true));
        out.add(new Form(p + "ات", Role.PARTICIPLE, true, true));
    }

    /** قوله قولها قولهم قولهما; دعوته; تصريح التصريح بالتصريح. */
    private static void verbalNoun(String written, List<Form> out) {
        String n = ArabicNormalizer.matchKey(written);
        String possessed = written.endsWith("ة") ? n.substring(0, n.length() - 1) + "ت" : n;
        out.add(new Form(possessed + "ه", Role.REPORTED, false, false));
        out.add(new Form(possessed + "ها", Role.REPORTED, true, false));
        out.add(new Form(possessed + "هم", Role.REPORTED, false, true));
        out.add(new Form(possessed + "هما", Role.REPORTED, false, true));
        out.add(new Form(n, Role.VERBAL_NOUN, false, false));
        out.add(new Form("ال" + n, Role.VERBAL_NOUN, false, false));
        out.add(new Form("بال" + n, Role.VERBAL_NOUN, false, false));
    }

    private static void verb(String key, boolean feminine, boolean plural, List<Form> out) {
        out.add(new Form(key, Role.VERB, feminine, plural));
    }
}
