package org.newsgraph.extraction.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

import org.newsgraph.extraction.document.Annotation;
import org.newsgraph.extraction.document.Document;
import org.newsgraph.extraction.tokens.Sentence;
import org.newsgraph.extraction.tokens.SentenceSplitter;
import org.newsgraph.extraction.tokens.Tokenizer;
import org.newsgraph.kinds.EventKind;
import org.newsgraph.text.ArabicNormalizer;

/**
 * Gathers an article's mentions into events: the same kind and date, the same place, or a reference such as
 * "خلال الاتصال" to the event last spoken of. "المحادثات" between the people of a call is that call.
 *
 * <p>Reads {@link EventFinder#MENTIONS}; adds {@link #GROUPS}.
 */
public final class EventGrouper {

    /** The article's events, each with its mentions, in order of first mention. */
    public static final Annotation<List<Group>> GROUPS = Annotation.named("events");

    /** One event being built from its mentions. */
    public static final class Group {
        public final EventKind kind;
        public LocalDate start;
        public LocalDate end;
        /** Bounds of an undated event's day: a month or part of one, or before the main event when "earlier". */
        public LocalDate notBefore;
        public LocalDate notAfter;
        public String location;
        public boolean future;
        public boolean earlier;
        public boolean datedByMainEvent;
        /** Dated by the day of a statement made at it ("أكد X اليوم ... جاء ذلك خلال لقائه"), set by the linker. */
        public boolean datedByStatement;
        public final Set<Integer> participants = new LinkedHashSet<>();
        public final List<EventMention> mentions = new ArrayList<>();
        /**
         * The edition a mention of the group names ("القمة العربية الـ28" in the headline, "القمة" in the body): the
         * first one, a key of {@link EventEditions}; null when none does.
         */
        public String edition;

        Group(EventMention m) {
            this.kind = m.kind();
            this.future = m.future();
            this.earlier = m.earlier();
            add(m);
        }

        void add(EventMention m) {
            // "لم يحددا جدولا زمنيا للقائهما" then "التحضيرات للقاء الرئيسين": a later mention of a meeting still being
            // prepared makes the undated event a coming one
            future |= m.future() && start == null && m.date() == null && !mentions.isEmpty();
            mentions.add(m);
            if (start == null && m.date() != null) {
                start = m.date().start();
                end = m.date().end();
            }
            if (notBefore == null && m.month() != null) {
                notBefore = m.month().start();
                notAfter = m.month().end();
            }
            if (location == null) {
                location = m.location();
            }
            participants.addAll(m.participants());
            if (edition == null) {
                edition = m.edition();
            }
        }

        /** Where the event was last spoken of: the token its last mention starts at. */
        int lastSpoken() {
            return mentions.get(mentions.size() - 1).from();
        }

        boolean isCall() {
            return kind == EventKind.PHONE_CALL || kind == EventKind.VIDEO_CALL;
        }
    }

    public void annotate(Document doc) {
        List<Sentence> sentences = doc.get(SentenceSplitter.SENTENCES);
        int headline = 0; // sentences of the headline, the first paragraph when it is one
        if (SentenceSplitter.titled(sentences, doc.get(Tokenizer.TOKENS))) {
            while (headline < sentences.size() && sentences.get(headline).paragraph() == 0) {
                headline++;
            }
        }
        doc.add(GROUPS, group(doc.get(EventFinder.MENTIONS), headline));
    }

    /** The article's one call when it is the event last spoken of and neither future nor earlier, else null. */
    private static Group onlyCallLastSpoken(List<Group> groups) {
        Group last = null;
        int calls = 0;
        for (Group g : groups) {
            last = last == null || g.lastSpoken() > last.lastSpoken() ? g : last;
            calls += g.isCall() ? 1 : 0;
        }
        return last != null && last.isCall() && calls == 1 && !last.future && !last.earlier ? last : null;
    }

    List<Group> group(List<EventMention> mentions, int headline) {
        List<Group> groups = new ArrayList<>();
        for (EventMention m : mentions) {
            Group g = match(m, groups);
            if (g == null) {
                groups.add(new Group(m));
            } else {
                g.add(m);
            }
        }
        joinHeadlineToLead(groups, headline);
        mergeTalksIntoCalls(groups);
        mergeTalksIntoSummits(groups);
        mergeVisitsIntoTheirTalks(groups);
        fillPairs(groups);
        dateBriefings(groups);
        boundEarlier(groups);
        return groups;
    }

    /**
     * "وزير الخارجية يبحث مع نظيره الأمريكي ..." over "تلقى الوزير اتصالا هاتفيا، اليوم، من ...": an undated event
     * named only in the headline (its first {@code headline} sentences) is the lead's, the first event the body names,
     * when that one is of its family (calls; meetings, sessions, summits and conferences; a headline's talks may be a
     * call). Its people are left out: a headline's namings are often its verbs ("وزير الخارجية يجري ..."). When the
     * lead is of another family ("قال ترمب خلال المؤتمر الصحفي الذي تلا لقاء القمة مع بوتين" under "ترمب يدعو بعد
     * لقائه بوتين ..."), it is the first event of its family in the body that shares two of its people (or its one):
     * the headline's subject alone is in every event of the article.
     */
    private static void joinHeadlineToLead(List<Group> groups, int headline) {
        Group lead = null;
        for (Group g : groups) {
            if (lead == null && g.mentions.get(0).sentence() >= headline && !g.earlier) {
                lead = g;
            }
        }
        List<Group> joined = new ArrayList<>();
        for (Group g : groups) {
            boolean inHeadline = g.mentions.get(g.mentions.size() - 1).sentence() < headline;
            if (lead == null || !inHeadline || g.start != null || g.notBefore != null || g.future || g.earlier) {
                continue;
            }
            Group body = sameFamily(g.kind, lead) ? lead : bodyEventSharingPeople(groups, g, headline);
            if (body != null) {
                body.mentions.addAll(g.mentions);
                body.mentions.sort((a, b) -> Integer.compare(a.from(), b.from()));
                joined.add(g);
            }
        }
        groups.removeAll(joined);
    }

    private static Group bodyEventSharingPeople(List<Group> groups, Group inHeadline, int headline) {
        for (Group g : groups) {
            if (g.mentions.get(0).sentence() >= headline && !g.earlier && !g.future && sameFamily(inHeadline.kind, g)
                    && g.participants.stream().filter(inHeadline.participants::contains).count()
                            >= Math.min(2, inHeadline.participants.size())
                    && !inHeadline.participants.isEmpty()) {
                return g;
            }
        }
        return null;
    }

    private static boolean sameFamily(EventKind headline, Group lead) {
        return headline == lead.kind || isMeeting(headline) && isMeeting(lead.kind)
                || (headline == EventKind.TALKS || isCallLike(headline)) && lead.isCall();
    }

    /** An event the article calls earlier ("مكالمة سابقة"، "في وقت سابق") happened before its dated main event. */
    private static void boundEarlier(List<Group> groups) {
        Group main = main(groups);
        if (main == null || main.start == null) {
            return;
        }
        LocalDate before = main.start.minusDays(1);
        for (Group g : groups) {
            if (g.earlier && g.start == null && g != main && (g.notAfter == null || g.notAfter.isAfter(before))) {
                g.notAfter = before;
            }
        }
    }

    /**
     * The event the article reports, chosen by its date and its people, never by how many mentions it collected: a
     * past event with a day of its own (not one borrowed from another) and people named, the one with most people,
     * then the first named; without one, the first event with a day of its own and people (a scheduled one), else
     * the first with people that is not an earlier one. Null when there is none.
     */
    public static Group main(List<Group> groups) {
        Group best = null;
        for (Group g : groups) {
            if (isReported(g) && (best == null || g.participants.size() > best.participants.size())) {
                best = g;
            }
        }
        for (Group g : groups) {
            if (best == null && g.start != null && !g.datedByMainEvent && !g.earlier && !g.participants.isEmpty()) {
                best = g;
            }
        }
        for (Group g : groups) {
            if (best == null && !g.earlier && !g.participants.isEmpty()) {
                best = g;
            }
        }
        return best;
    }

    private static boolean isReported(Group g) {
        return g.start != null && !g.datedByMainEvent && !g.future && !g.earlier && !g.participants.isEmpty();
    }

    private static Group match(EventMention m, List<Group> groups) {
        if (m.body() != null) {
            for (Group g : groups) {
                EventMention first = g.mentions.get(0);
                if (m.body().equals(first.body()) && (g.start == null || m.date() == null || g.start.equals(m.date().start()))
                        && !editionsDiffer(g, m)) {
                    return g; // one body's session, whoever speaks at it ("كلمة أمام مجلس الأمن"); one named summit
                }
            }
        }
        if (m.body() != null && m.body().startsWith(EventFinder.MINISTERS_BODY) && m.date() == null && m.month() == null
                && m.location() == null && !m.future() && !m.earlier()) {
            for (int k = groups.size() - 1; k >= 0; k--) {
                Group g = groups.get(k);
                if (g.kind == EventKind.CONFERENCE && !g.future && !g.earlier && (g.start != null || g.location != null)) {
                    // "وقال الوزير خلال اجتماع لوزراء خارجية المجموعة" inside the bloc's regional meetings
                    return g;
                }
            }
        }
        if (m.kind() == EventKind.CONFERENCE && m.definite() && m.to() - m.from() == 1) {
            Group briefing = null;
            Group conference = null;
            for (Group g : groups) {
                if (g.kind == EventKind.PRESS_BRIEFING && (briefing == null || g.lastSpoken() > briefing.lastSpoken())) {
                    briefing = g;
                }
                if (g.kind == EventKind.CONFERENCE && !g.future && !g.earlier
                        && (conference == null || g.lastSpoken() > conference.lastSpoken())) {
                    conference = g;
                }
            }
            // "في مؤتمر صحافي على هامش ختام مؤتمر بغداد ... إن احتضان العراق لهذا المؤتمر": the conference named
            // since the briefing is the one meant
            boolean conferenceSince = briefing != null && conference != null && conference.lastSpoken() > briefing.lastSpoken();
            if (briefing != null && !conferenceSince
                    && (briefing.start == null || m.date() == null || briefing.start.equals(m.date().start()))) {
                // "خلال المؤتمر"، "في بداية المؤتمر" after a press conference is that press conference, also when the
                // speaker's day was carried to it ("عقد الوزير اليوم مؤتمرا صحفيا ... وقال في بداية المؤتمر")
                return briefing;
            }
        }
        if (m.date() != null) {
            LocalDate d = m.date().start();
            for (Group g : groups) {
                if (g.kind == m.kind() && d.equals(g.start) && !conflicts(g, m)) {
                    return g;
                }
            }
            for (Group g : groups) {
                if (g.kind == m.kind() && g.start == null && g.future == m.future() && !g.earlier
                        && (g.location == null || m.location() == null || g.location.equals(m.location()))
                        && (g.participants.isEmpty() || m.participants().isEmpty() || overlaps(g, m)) && !conflicts(g, m)) {
                    return g;
                }
            }
            for (Group g : groups) {
                if (m.kind() == EventKind.TALKS && !m.negotiation() && g.isCall() && d.equals(g.start) && overlaps(g, m)
                        && !conflicts(g, m)) {
                    return g;
                }
            }
            return null;
        }
        if (m.location() != null) {
            for (Group g : groups) {
                // "القمة في هلسنكي" and then "قمة تاريخية في هلسنكي بين الزعيمين": the people first named with a
                // place's event are its own, not those of another event there
                if (g.kind == m.kind() && m.location().equals(g.location) && (!conflicts(g, m) || g.participants.isEmpty()
                        && !m.future() && !g.future && !g.earlier && !m.earlier())) {
                    return g;
                }
            }
        }
        if (m.earlier()) {
            Group main = main(groups);
            for (Group g : groups) {
                if (g != main && g.isCall() == isCallLike(m.kind()) && g.start != null && main != null
                        && main.start != null && g.start.isBefore(main.start)
                        && (m.participants().isEmpty() || overlaps(g, m))) {
                    return g;
                }
            }
            return null;
        }
        if (m.later()) {
            return null; // "وفي وقت لاحق، عقد الوفد جلسة مباحثات مع وزير الخارجية": after the reception, not it
        }
        Group best = null;
        int bestOverlap = 0;
        Group recent = null;
        Group recentSameKind = null;
        // "الاجتماع"، "الجلسة" with nobody named is the meeting last spoken of, whatever name it had (a council, a
        // summit, "جلسة مباحثات"); a session named with its body or its own words ("الجلسة الطارئة") is not such a word
        boolean bareSession = m.kind() == EventKind.COUNCIL_MEETING && m.body() == null && m.to() - m.from() == 1;
        // "شارك في الاجتماع الذي ترأسه ..." after a summit: the bare definite word names it, whoever is said to be there
        boolean bareWord = m.definite() && m.to() - m.from() == 1;
        boolean anyMeeting = (m.kind() == EventKind.TALKS || bareSession) && (m.definite() || m.reference())
                && (m.participants().isEmpty() || bareWord) && !m.negotiation();
        Group call = anyMeeting && m.kind() == EventKind.TALKS && !m.future() ? onlyCallLastSpoken(groups) : null;
        if (call != null) {
            return call; // "أجرى اتصالا هاتفيا مع أمير قطر ... وقال الكرملين إن المحادثات تخللها": the talk of that call
        }
        for (Group g : groups) {
            boolean sameKind = g.kind == m.kind() || (anyMeeting && isMeeting(g.kind));
            if (!sameKind || g.earlier || g.mentions.get(0).negotiation() != m.negotiation()
                    || (m.future() && !g.future && (g.start != null || !m.definite() && !m.reference()))
                    || (m.kind() == EventKind.TALKS && !m.future() && g.future) || conflicts(g, m)) {
                continue; // talks spoken of as done are not the talks still to come ("ستحتضن في مارس اجتماعا" is a new
                          // one, not the meeting held last week); other parties, another event
            }
            int overlap = overlap(g, m);
            if (overlap > bestOverlap) {
                best = g;
                bestOverlap = overlap;
            }
            if (recent == null || g.lastSpoken() > recent.lastSpoken()) {
                recent = g;
            }
            if (anyMeeting && g.kind == m.kind() && (recentSameKind == null || g.lastSpoken() > recentSameKind.lastSpoken())) {
                recentSameKind = g;
            }
        }
        if (best != null) {
            return best;
        }
        if ((m.definite() || m.reference()) && !m.future() && recent != null) {
            // "الاتصال" is the call the article has been talking about; a bare "الجلسة" the last session, not the
            // side meeting held on its margins since ("وعلى هامش الجلسة عقد لقاء ... في مستهل الجلسة"), and a bare
            // "اللقاء" the last meeting, not the summit it was held on the margins of
            return recentSameKind != null ? recentSameKind : recent;
        }
        if (m.future() && !m.participants().isEmpty()) {
            for (Group g : groups) {
                if (g.kind == m.kind() && g.future && !conflicts(g, m) && (recent == null || g == recent || !recent.future)) {
                    return g; // "المحادثات التي ستقودها ..." is the scheduled talks already named
                }
            }
        }
        if (recent != null && (m.participants().isEmpty() || recent.participants.isEmpty())) {
            return recent;
        }
        if (m.kind() == EventKind.TALKS && !m.negotiation() && !m.future() && m.location() == null) {
            Group main = main(groups);
            // "والتقى الملك وزير الخارجية الألماني": a meeting verb bringing someone from outside the call is a meeting
            boolean metSomeoneElse = main != null && m.verbal() && !main.participants.containsAll(m.participants());
            if (main != null && main.isCall() && !metSomeoneElse && (m.reference() || m.definite() || m.participants().isEmpty()
                    || overlaps(main, m))) {
                return main;
            }
        }
        return null;
    }

    /**
     * A press briefing reported without a date, or another undated occasion of one of the main event's people ("كما
     * عقد الوزير اجتماعا ..."), was held the day of the past event the article reports, unless it was held in
     * another place: a traveller's talks in another capital are another day's, before or after ("التقى الوزير نظيره
     * في روما أمس ... ويجري مباحثات في موسكو").
     */
    private static void dateBriefings(List<Group> groups) {
        Group main = main(groups);
        if (main == null || main.start == null || main.future) {
            return;
        }
        for (Group g : groups) {
            boolean sharesParticipant = g.participants.stream().anyMatch(main.participants::contains);
            boolean elsewhere = g.location != null && main.location != null
                    && !ArabicNormalizer.matchKey(g.location).equals(ArabicNormalizer.matchKey(main.location));
            if ((g.kind == EventKind.PRESS_BRIEFING || sharesParticipant) && g.start == null && g.notBefore == null
                    && !g.future && !g.earlier && !elsewhere && g != main) {
                Group before = lastDatedBefore(groups, main, g);
                g.start = before != null ? before.start : main.start;
                g.datedByMainEvent = true;
            }
        }
    }

    /**
     * "التقى الوزير أمس ... واليوم الثلاثاء التقى وزير الاقتصاد ... كما شارك في منتدى الأعمال": when the main event's
     * people meet on more than one day, an undated occasion narrated after them took place on the day of the last
     * dated one of theirs narrated before it; null when their meetings share one day, or none was narrated before.
     */
    private static Group lastDatedBefore(List<Group> groups, Group main, Group g) {
        int at = g.mentions.get(0).sentence();
        Group last = null;
        boolean severalDays = false;
        for (Group h : groups) {
            boolean theirs = h == main || h.participants.stream().anyMatch(main.participants::contains);
            if (h == g || !theirs || h.start == null || h.future || h.earlier || h.datedByMainEvent) {
                continue;
            }
            severalDays |= !h.start.equals(main.start);
            int first = h.mentions.get(0).sentence();
            if (first < at && (last == null || first > last.mentions.get(0).sentence())) {
                last = h;
            }
        }
        return severalDays ? last : null;
    }

    /** "الرئيسان" are the main event's two people when a group names nobody else. */
    private static void fillPairs(List<Group> groups) {
        Group main = main(groups);
        if (main == null || main.participants.size() < 2) {
            return;
        }
        for (Group g : groups) {
            if (g != main && g.participants.isEmpty() && g.mentions.stream().anyMatch(EventMention::pair)) {
                main.participants.stream().limit(2).forEach(g.participants::add);
            }
        }
    }

    /** Talks with neither date nor place among the people of a call are that call ("مباحثات بين بايدن وبوتين"). */
    private static void mergeTalksIntoCalls(List<Group> groups) {
        mergeTalksInto(groups, g -> g.isCall() && !g.earlier,
                (call, talks) -> call.participants.isEmpty() || call.participants.containsAll(talks.participants));
    }

    /**
     * "بعد لقائه بوتين" and "لقاء القمة مع نظيره الروسي" in one article: undated talks of all the people of an undated
     * summit of two or more are that summit; the talks of two leaders on the margins of a summit of many have fewer
     * people than it and stay apart.
     */
    private static void mergeTalksIntoSummits(List<Group> groups) {
        mergeTalksInto(groups, g -> g.kind == EventKind.SUMMIT && g.start == null && g.notBefore == null && !g.future
                && !g.earlier && g.participants.size() >= 2,
                (summit, talks) -> talks.participants.containsAll(summit.participants) && !talks.future);
    }

    /**
     * "استقبل الرئيس فلان اليوم رئيس الوزراء اليوناني ... رحب بزيارة رئيس الوزراء اليوناني": a visit (an OTHER event
     * that is no address to a legislature) whose people all take part in talks of the article on its day, or with no
     * day of its own, is the visit those talks were held on: one event.
     */
    private static void mergeVisitsIntoTheirTalks(List<Group> groups) {
        for (int i = 0; i < groups.size(); i++) {
            Group v = groups.get(i);
            if (v.kind != EventKind.OTHER || v.future || v.earlier || v.participants.isEmpty()
                    || EventFinder.LEGISLATURE_BODY.equals(v.mentions.get(0).body())) {
                continue;
            }
            Group host = null;
            for (Group g : groups) {
                boolean sameDay = v.start == null || v.datedByMainEvent || v.start.equals(g.start);
                if (g != v && g.kind == EventKind.TALKS && g.start != null && !g.future && !g.earlier && sameDay
                        && g.participants.containsAll(v.participants) && host == null) {
                    host = g;
                }
            }
            if (host != null) {
                moveInto(host, v);
                groups.remove(i--);
            }
        }
    }

    /** Moves every undated, unplaced talks group with two people or more into the host whose parties are its own. */
    private static void mergeTalksInto(List<Group> groups, Predicate<Group> isHost, BiPredicate<Group, Group> sameParties) {
        for (int i = 0; i < groups.size(); i++) {
            Group t = groups.get(i);
            if (t.kind != EventKind.TALKS || t.start != null || t.location != null || t.participants.size() < 2
                    || t.mentions.get(0).negotiation()) {
                continue;
            }
            Group host = null;
            for (Group g : groups) {
                if (isHost.test(g) && sameParties.test(g, t) && (host == null || g.mentions.size() > host.mentions.size())) {
                    host = g;
                }
            }
            if (host != null) {
                moveInto(host, t);
                groups.remove(i--);
            }
        }
    }

    /** The group's mentions join the host's, in text order. */
    private static void moveInto(Group host, Group g) {
        for (EventMention m : g.mentions) {
            host.add(m);
        }
        host.mentions.sort((a, b) -> Integer.compare(a.from(), b.from()));
    }

    private static boolean isCallLike(EventKind k) {
        return k == EventKind.PHONE_CALL || k == EventKind.VIDEO_CALL;
    }

    private static boolean isMeeting(EventKind k) {
        return k == EventKind.TALKS || k == EventKind.COUNCIL_MEETING || k == EventKind.CONFERENCE || k == EventKind.SUMMIT;
    }

    /**
     * Two meetings in different places, or of one person with different counterparts: both name two people or more, and each names someone
     * the other does not ("الجبير ... مع بوتين" and "الجبير ... مع لافروف"); or a meeting named anew ("اجتماعا
     * ثلاثيا مع ...") with two people the event so far did not have.
     */
    private static boolean conflicts(Group g, EventMention m) {
        if (editionsDiffer(g, m)) {
            return true; // "القمة العربية الـ28" and "القمة العربية الـ27" are two summits
        }
        if (EventFinder.LEGISLATURE_BODY.equals(g.mentions.get(0).body()) != EventFinder.LEGISLATURE_BODY.equals(m.body())) {
            return true; // a parliament's sitting and a visit that day are both OTHER, not one event
        }
        if (g.location != null && m.location() != null && !g.location.equals(m.location())) {
            return true; // "الاجتماعات في القاهرة" are not the talks in Jeddah
        }
        String body = g.mentions.get(0).body();
        if (g.kind == EventKind.COUNCIL_MEETING && m.kind() == EventKind.COUNCIL_MEETING && body != null && m.body() != null
                && !body.equals(m.body())) {
            return true; // "جلسة مجلس الوزراء" and "الدورة العادية لمجلس الجامعة": two bodies' sessions
        }
        int newcomers = 0;
        for (Integer p : m.participants()) {
            newcomers += g.participants.contains(p) ? 0 : 1;
        }
        if (!m.definite() && !m.reference() && newcomers >= 2) {
            return true;
        }
        if (g.participants.size() < 2 || m.participants().size() < 2) {
            return false;
        }
        return newcomers > 0 && !m.participants().containsAll(g.participants);
    }

    /** Both name an edition, and not the same one. */
    private static boolean editionsDiffer(Group g, EventMention m) {
        return g.edition != null && m.edition() != null && !g.edition.equals(m.edition());
    }

    private static boolean overlaps(Group g, EventMention m) {
        return overlap(g, m) > 0;
    }

    private static int overlap(Group g, EventMention m) {
        int n = 0;
        for (Integer p : m.participants()) {
            if (g.participants.contains(p)) {
                n++;
            }
        }
        return n;
    }
}
