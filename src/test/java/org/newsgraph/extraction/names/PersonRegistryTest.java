package org.newsgraph.extraction.names;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsgraph.extraction.tokens.Token;
import org.newsgraph.extraction.tokens.Tokenizer;

/**
 * The person registry alone: namings resolved in order, each shown as the number of the person it resolves to
 * ("0 0 1": the first two namings are one person).
 */
class PersonRegistryTest {

    private static void check(List<String> namings, String expected) {
        String text = String.join(" . ", namings);
        List<Token> tokens = new Tokenizer().tokenize(text);
        PersonRegistry registry = new PersonRegistry();
        NounPhraseParser parser = new NounPhraseParser(tokens, text, registry);
        StringBuilder refs = new StringBuilder();
        for (int at = 0; at < tokens.size(); at++) {
            NounPhrase np = parser.parse(at, tokens.size(), true);
            PersonRegistry.Entry e = registry.resolve(np, text, true);
            refs.append(refs.length() == 0 ? "" : " ").append(e == null ? "-" : String.valueOf(e.ref));
            while (at < tokens.size() && !tokens.get(at).isPunct('.')) {
                at++; // the next naming starts after the separator
            }
        }
        assertEquals(expected, refs.toString());
    }

    @Test
    void familyNameAloneIsTheFullNameSeenBefore() {
        check(List.of("وزير الخارجية عادل الجبير", "الجبير"), "0 0");
    }

    @Test
    void titleAloneIsTheHolderNamedBefore() {
        check(List.of("وزير الخارجية الأردني سامي نعمان", "وزير الخارجية الأردني"), "0 0");
    }

    @Test
    void shortenedTitleWithNationalityFindsTheOneItFits() {
        check(List.of("وزير الخارجية الأردني سامي نعمان", "رئيس الوزراء القطري فهد سالم", "الوزير الأردني"), "0 1 0");
    }

    @Test
    void unnamedOfficialOfANationIsTheNamedOneWhenNoUnnamedSourceCame() {
        check(List.of("الأمين العام للمجلس الأوروبي ألان روي", "المسؤول الأوروبي"), "0 0");
    }

    @Test
    void capitalAndStateAreOneInstitution() {
        check(List.of("الأردن", "عمان"), "0 0");
    }

    @Test
    void twoPeopleSharingNoNameStayApart() {
        check(List.of("الوزير سالم حداد", "الوزير كريم جابر"), "0 1");
    }

    @Test
    void theGivenNameAndTheFathersNameWithTheArticleAreTheGulfShortForm() {
        check(List.of("الشيخ سالم فهد الجابر الصباح", "الشيخ سالم الفهد"), "0 0");
        check(List.of("الوزير سالم فهد الجابر", "الوزير سالم الأحمد"), "0 1");
    }
}
