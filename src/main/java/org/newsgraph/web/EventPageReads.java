package org.newsgraph.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.newsgraph.article.ArticleQueries;
import org.newsgraph.article.ArticleView;
import org.newsgraph.article.OutletView;
import org.newsgraph.common.Rows;
import org.newsgraph.event.ClaimView;
import org.newsgraph.event.EventQueries;
import org.newsgraph.event.EventView;
import org.newsgraph.person.PersonQueries;
import org.newsgraph.person.PersonView;
import org.newsgraph.quote.QuoteJoins;
import org.newsgraph.quote.QuoteQueries;
import org.newsgraph.quote.QuoteRows;
import org.newsgraph.quote.QuoteView;

/**
 * The event page: its header, the articles reporting it on one lane per outlet, the claims side by side by outlet, and
 * its quotes by speaker and by outlet. Seven reads whatever the size of the event, each the one the GraphQL field of
 * the same name uses (event, participants, articleCount, articles with their outlets, claims, quotes joined with
 * speaker, article and outlet).
 */
@ApplicationScoped
public class EventPageReads {
    /** The page shows this many quotes and articles at most; the CSV export has them all. */
    static final int MAX_QUOTES = 500;
    static final int MAX_ARTICLES = 200;
    private static final QuoteJoins SPEAKER_ARTICLE_OUTLET = new QuoteJoins(true, false, true, true);

    @Inject
    EventQueries events;
    @Inject
    PersonQueries people;
    @Inject
    ArticleQueries articles;
    @Inject
    QuoteQueries quotes;

    /** One article on its outlet's lane, {@code at} per cent along the time axis. */
    public record LanePoint(ArticleView article, int at) {
    }

    public record Lane(String outlet, List<LanePoint> articles) {
    }

    /** One value of a claim as an article states it, linking to its span. */
    public record ClaimValue(String value, String spanLink, String span) {
    }

    /** A claim attribute with each outlet's values, in the order of {@link EventPage#claimOutlets}; disputed when they differ. */
    public record ClaimRow(String attribute, boolean disputed, List<List<ClaimValue>> byOutlet) {
    }

    public record SpeakerQuotes(PersonView speaker, List<QuoteLine> quotes) {
    }

    public record OutletQuotes(String outlet, List<QuoteLine> quotes) {
    }

    public record EventPage(EventView event, List<PersonView> participants, long articleCount, long outletCount,
            List<Lane> lanes, List<String> claimOutlets, List<ClaimRow> claims, List<SpeakerQuotes> bySpeaker,
            List<OutletQuotes> byOutlet, int quotesShown, boolean quotesCut) {
    }

    /** The page of the event, or null when there is no such event. */
    public EventPage read(long id) {
        EventView event = events.byIds(List.of(id)).get(id);
        if (event == null) {
            return null;
        }
        List<Long> ids = List.of(id);
        List<PersonView> participants = people.participants(ids, null).getOrDefault(id, List.of());
        long[] counts = events.sourceCounts(ids).getOrDefault(id, new long[2]);
        List<ArticleView> reporting = articles.byEvents(ids, MAX_ARTICLES).getOrDefault(id, List.of());
        Map<Long, OutletView> outlets = articles.outlets(Rows.keys(reporting, ArticleView::outletId));
        List<ClaimView> claims = events.claims(ids).getOrDefault(id, List.of());
        QuoteRows rows = quotes.byEvents(ids, MAX_QUOTES + 1, null, SPEAKER_ARTICLE_OUTLET);
        List<QuoteView> said = rows.byParent().getOrDefault(id, List.of());
        boolean cut = said.size() > MAX_QUOTES;
        List<QuoteLine> lines = QuoteLines.joined(cut ? said.subList(0, MAX_QUOTES) : said, rows);

        Map<Long, String> outletOfArticle = new LinkedHashMap<>();
        reporting.forEach(a -> outletOfArticle.put(a.id(), outlets.get(a.outletId()).name()));
        lines.forEach(line -> outletOfArticle.putIfAbsent(line.article().id(), line.outletName()));
        return new EventPage(event, participants, counts[0], counts[1], lanes(reporting, outlets), claimOutlets(claims, outletOfArticle),
                claimRows(claims, outletOfArticle), bySpeaker(lines), byOutlet(lines), lines.size(), cut);
    }

    /** One lane per outlet, the articles placed by publication time between the first and the last. */
    private static List<Lane> lanes(List<ArticleView> reporting, Map<Long, OutletView> outlets) {
        List<ArticleView> dated = reporting.stream().filter(a -> a.publishedAt() != null).toList();
        long first = dated.stream().mapToLong(ArticleView::sortTime).min().orElse(0);
        long last = dated.stream().mapToLong(ArticleView::sortTime).max().orElse(0);
        Map<String, List<LanePoint>> byOutlet = new TreeMap<>();
        List<ArticleView> oldestFirst = new ArrayList<>(reporting);
        Collections.reverse(oldestFirst);
        for (ArticleView article : oldestFirst) {
            int at = article.publishedAt() == null || last == first ? 0 : (int) (100 * (article.sortTime() - first) / (last - first));
            byOutlet.computeIfAbsent(outlets.get(article.outletId()).name(), k -> new ArrayList<>()).add(new LanePoint(article, at));
        }
        List<Lane> out = new ArrayList<>();
        byOutlet.forEach((outlet, points) -> out.add(new Lane(outlet, points)));
        return out;
    }

    private static List<String> claimOutlets(List<ClaimView> claims, Map<Long, String> outletOfArticle) {
        Set<String> out = new TreeSet<>();
        claims.forEach(claim -> out.add(outletOf(claim, outletOfArticle)));
        return List.copyOf(out);
    }

    private static List<ClaimRow> claimRows(List<ClaimView> claims, Map<Long, String> outletOfArticle) {
        List<String> outletOrder = claimOutlets(claims, outletOfArticle);
        Map<String, List<List<ClaimValue>>> cells = new TreeMap<>();
        Map<String, Set<String>> distinct = new TreeMap<>();
        for (ClaimView claim : claims) {
            List<List<ClaimValue>> row = cells.computeIfAbsent(claim.attribute(), k -> {
                List<List<ClaimValue>> empty = new ArrayList<>();
                outletOrder.forEach(o -> empty.add(new ArrayList<>()));
                return empty;
            });
            row.get(outletOrder.indexOf(outletOf(claim, outletOfArticle))).add(new ClaimValue(claim.value(),
                    "/articles/" + claim.articleId() + "?from=" + claim.startOffset() + "&to=" + claim.endOffset() + "#span", claim.span()));
            distinct.computeIfAbsent(claim.attribute(), k -> new LinkedHashSet<>()).add(claim.value());
        }
        List<ClaimRow> out = new ArrayList<>();
        cells.forEach((attribute, row) -> out.add(new ClaimRow(attribute, distinct.get(attribute).size() > 1, row)));
        return out;
    }

    private static String outletOf(ClaimView claim, Map<Long, String> outletOfArticle) {
        return outletOfArticle.getOrDefault(claim.articleId(), "?");
    }

    private static List<SpeakerQuotes> bySpeaker(List<QuoteLine> lines) {
        Map<Long, List<QuoteLine>> groups = new LinkedHashMap<>();
        Map<Long, PersonView> speakers = new LinkedHashMap<>();
        for (QuoteLine line : lines) {
            long key = line.speaker() == null ? -1 : line.speaker().id();
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(line);
            speakers.putIfAbsent(key, line.speaker());
        }
        List<SpeakerQuotes> out = new ArrayList<>();
        groups.forEach((key, quotesOfSpeaker) -> out.add(new SpeakerQuotes(speakers.get(key), quotesOfSpeaker)));
        out.sort((a, b) -> Integer.compare(b.quotes().size(), a.quotes().size()));
        return out;
    }

    private static List<OutletQuotes> byOutlet(List<QuoteLine> lines) {
        Map<String, List<QuoteLine>> groups = new TreeMap<>();
        lines.forEach(line -> groups.computeIfAbsent(line.outletName(), k -> new ArrayList<>()).add(line));
        List<OutletQuotes> out = new ArrayList<>();
        groups.forEach((outlet, quotesOfOutlet) -> out.add(new OutletQuotes(outlet, quotesOfOutlet)));
        return out;
    }
}
