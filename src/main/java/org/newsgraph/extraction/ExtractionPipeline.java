package org.newsgraph.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.newsgraph.person.PersonKind;
import org.newsgraph.quote.QuoteKind;

/** First version: direct quotes in «» or "" introduced by "قال NAME:". */
public final class ExtractionPipeline {
    private static final Pattern DIRECT = Pattern.compile("(قال|أكد|أضاف)\\s+([^:«\"\\n]{2,60}?)\\s*:\\s*[«\"]([^»\"\\n]+)[»\"]");

    public ExtractedArticle extract(ArticleDraft draft) {
        String body = draft.rawBody().strip();
        List<ExtractedPerson> people = new ArrayList<>();
        List<ExtractedQuote> quotes = new ArrayList<>();
        Matcher m = DIRECT.matcher(body);
        while (m.find()) {
            String name = m.group(2).strip();
            int ref = people.size();
            people.add(new ExtractedPerson(ref, name, PersonKind.PERSON, null, null, List.of(name)));
            quotes.add(new ExtractedQuote(new Span(m.start(3), m.end(3), m.group(3)), QuoteKind.DIRECT, m.group(1), 0.8,
                    "cue-colon-quote", ref, new Span(m.start(2), m.end(2), m.group(2)), 0.8, "cue-subject", null, 0, null));
        }
        return new ExtractedArticle(draft.title(), body, people, List.of(), quotes, List.of());
    }
}
