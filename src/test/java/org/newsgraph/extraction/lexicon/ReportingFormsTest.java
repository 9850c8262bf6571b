package org.newsgraph.extraction.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.newsgraph.text.ArabicNormalizer;

/** The reporting-verb generator: one lemma, the forms a news text writes. */
class ReportingFormsTest {

    private static void check(String perfect, String imperfect, String participle, String nouns, String expected) {
        List<ReportingForms.Form> forms = ReportingForms.generate(perfect, imperfect, participle,
                nouns.isEmpty() ? List.of() : List.of(nouns.split(",")));
        assertEquals(ArabicNormalizer.matchKey(expected), forms.stream().map(ReportingForms.Form::key)
                .collect(Collectors.joining(" ")));
    }

    @Test
    void soundVerbGivesPerfectAndImperfectForEveryPerson() {
        check("أكّد", "يؤكّد", null, "", "أكد أكدت أكدتا أكدوا أكدا يؤكد تؤكد يؤكدان تؤكدان يؤكدون");
    }

    @Test
    void verbEndingInAlifMaqsuraDropsItBeforeEndings() {
        check("نفى", "ينفي", null, "", "نفى نفت نفتا نفوا نفيا ينفي تنفي ينفيان تنفيان ينفون");
    }

    @Test
    void verbEndingInAlifTakesWawInThePlural() {
        check("دعا", "يدعو", null, "", "دعا دعت دعتا دعوا دعوا يدعو تدعو يدعوان تدعوان يدعون");
    }

    @Test
    void participleIsUsedAdverbiallyWithItsAccusativeEndings() {
        List<ReportingForms.Form> forms = ReportingForms.generate("أشار", "يشير", "مشير", List.of());
        assertEquals("مشيرا مشيره مشيرين مشيرتين مشيرات", forms.stream()
                .filter(f -> f.role() == ReportingForms.Role.PARTICIPLE).map(ReportingForms.Form::key)
                .collect(Collectors.joining(" ")));
    }

    @Test
    void verbalNounTakesThePronounOfItsSpeakerAndThePrepositionBa() {
        List<ReportingForms.Form> forms = ReportingForms.generate("دعا", "يدعو", null, List.of("دعوة"));
        assertEquals("دعوته دعوتها دعوتهم دعوتهما دعوه الدعوه بالدعوه", forms.stream()
                .filter(f -> f.role() != ReportingForms.Role.VERB).map(ReportingForms.Form::key)
                .collect(Collectors.joining(" ")));
    }

    @Test
    void feminineFormsAgreeWithAFeminineSubject() {
        List<ReportingForms.Form> forms = ReportingForms.generate("قال", "يقول", null, List.of());
        assertEquals("قالت قالتا تقول تقولان", forms.stream().filter(ReportingForms.Form::feminine)
                .map(ReportingForms.Form::key).collect(Collectors.joining(" ")));
    }
}
