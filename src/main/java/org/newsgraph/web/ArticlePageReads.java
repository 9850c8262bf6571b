package org.newsgraph.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.newsgraph.article.ArticleQueries;
import org.newsgraph.article.ArticleTexts;
import org.newsgraph.article.ArticleView;
import org.newsgraph.article.OutletView;
import org.newsgraph.event.EventQueries;
import org.newsgraph.event.EventView;
import org.newsgraph.event.MentionSpan;
import org.newsgraph.quote.QuoteJoins;
import org.newsgraph.quote.QuoteQueries;
import org.newsgraph.quote.QuoteRows;

/**
 * An article's page: its cleaned text cut into blocks, each quote one block (so that {@code #q<id>} highlights it),
 * with event mentions and a chosen span (a claim's, from {@code from}/{@code to}) marked inside; the raw text behind a
 * toggle. Five reads: the article with its outlet, its texts, its quotes joined with speaker and event, its events,
 * and where it names them.
 */
@ApplicationScoped
public class ArticlePageReads {
    private static final QuoteJoins SPEAKER_EVENT = new QuoteJoins(true, true, false, false);

    @Inject
    ArticleQueries articles;
    @Inject
    QuoteQueries quotes;
    @Inject
    EventQueries events;

    /** A run of text with the same marks: the event it names (or null), whether it is in the chosen span. */
    public record Piece(String text, EventView mentions, boolean chosen, boolean chosenStart) {
    }

    /** A quote's span (with its speaker and event), or text between quotes when {@code quote} is null. */
    public record Block(QuoteLine quote, List<Piece> pieces) {
    }

    public record ArticlePage(ArticleView article, OutletView outlet, List<Block> blocks, String rawBody, List<EventView> events,
            List<QuoteLine> quotes) {
    }

    /** The page, or null for an unknown article; {@code from}/{@code to} (both or neither) mark a span of the body. */
    public ArticlePage read(long id, Integer from, Integer to) {
        ArticleQueries.WithOutlets read = articles.byIdsWithOutlets(List.of(id));
        ArticleView article = read.articles().get(id);
        if (article == null) {
            return null;
        }
        ArticleTexts texts = articles.texts(id);
        QuoteRows rows = quotes.byArticles(List.of(id), null, SPEAKER_EVENT);
        List<QuoteLine> lines = QuoteLines.joined(rows.byParent().getOrDefault(id, List.of()), rows);
        List<EventView> reported = events.byArticles(List.of(id), null).getOrDefault(id, List.of());
        List<MentionSpan> mentions = events.mentionSpans(id);
        String body = texts == null ? "" : texts.body();
        return new ArticlePage(article, read.outlets().get(article.outletId()),
                blocks(body, lines, mentions, Map.copyOf(byId(reported)), from, to), texts == null ? "" : texts.rawBody(), reported, lines);
    }

    private static Map<Long, EventView> byId(List<EventView> list) {
        Map<Long, EventView> out = new HashMap<>();
        list.forEach(e -> out.put(e.id(), e));
        return out;
    }

    /** Cuts the body at every quote, mention and chosen-span boundary; quotes that overlap an earlier one stay unmarked. */
    static List<Block> blocks(String body, List<QuoteLine> lines, List<MentionSpan> mentions, Map<Long, EventView> events,
            Integer from, Integer to) {
        List<QuoteLine> located = new ArrayList<>();
        int end = 0;
        for (QuoteLine line : lines.stream().filter(l -> inside(body, l.quote().startOffset(), l.quote().endOffset()))
                .sorted((a, b) -> Integer.compare(a.quote().startOffset(), b.quote().startOffset())).toList()) {
            if (line.quote().startOffset() >= end) {
                located.add(line);
                end = line.quote().endOffset();
            }
        }
        boolean chosen = from != null && to != null && inside(body, from, to);
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, body.length()));
        located.forEach(l -> cuts.addAll(List.of(l.quote().startOffset(), l.quote().endOffset())));
        mentions.stream().filter(m -> inside(body, m.startOffset(), m.endOffset()))
                .forEach(m -> cuts.addAll(List.of(m.startOffset(), m.endOffset())));
        if (chosen) {
            cuts.addAll(List.of(from, to));
        }
        List<Block> out = new ArrayList<>();
        int next = 0;
        Block open = null;
        Integer previous = null;
        for (int cut : cuts) {
            if (previous != null && cut > previous) {
                int start = previous;
                QuoteLine quote = next < located.size() && located.get(next).quote().startOffset() <= start ? located.get(next) : null;
                if (open == null || open.quote() != quote) {
                    open = new Block(quote, new ArrayList<>());
                    out.add(open);
                }
                EventView mentioned = mentions.stream().filter(m -> inside(body, m.startOffset(), m.endOffset())
                        && m.startOffset() <= start && start < m.endOffset()).map(m -> events.get(m.eventId())).findFirst().orElse(null);
                boolean inChosen = chosen && from <= start && start < to;
                open.pieces().add(new Piece(body.substring(start, cut), mentioned, inChosen, inChosen && start == from));
                if (quote != null && cut >= quote.quote().endOffset()) {
                    next++;
                    open = null;
                }
            }
            previous = cut;
        }
        return out;
    }

    private static boolean inside(String body, Integer start, Integer end) {
        return start != null && end != null && 0 <= start && start < end && end <= body.length();
    }
}
