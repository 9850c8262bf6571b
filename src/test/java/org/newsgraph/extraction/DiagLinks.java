package org.newsgraph.extraction;

import java.nio.file.*;
import java.time.Instant;
import java.util.*;
import com.fasterxml.jackson.databind.*;

public final class DiagLinks {
    public static void main(String[] args) throws Exception {
        ObjectMapper J = new ObjectMapper();
        Path dir = Path.of(args[0]);
        JsonNode index = J.readTree(dir.resolve("index.json").toFile());
        Map<String, JsonNode> events = new HashMap<>();
        for (JsonNode e : J.readTree(dir.resolve("gold/events.json").toFile())) events.put(e.get("id").asText(), e);
        ExtractionPipeline p = new ExtractionPipeline();
        int gold = 0, right = 0;
        for (JsonNode item : index) {
            String file = item.get("file").asText();
            String base = file.replace(".txt", "");
            if (args.length > 1 && (base.compareTo(args[1]) < 0 || base.compareTo(args[2]) > 0)) continue;
            String body = Files.readString(dir.resolve(file));
            String pub = item.get("publishedAt").isNull() ? null : item.get("publishedAt").asText();
            ExtractedArticle a = p.extract(new ArticleDraft(null, body, pub == null ? null : Instant.parse(pub), "ar"));
            JsonNode g = J.readTree(dir.resolve("gold/" + base + ".json").toFile());
            System.out.println("== " + file);
            for (ExtractedEvent e : a.events()) System.out.println("   E" + e.ref() + " " + e.kind() + " " + e.startsOn() + " " + e.title());
            for (JsonNode q : g.get("quotes")) {
                String gt = q.get("text").asText();
                ExtractedQuote best = null; double bs = 0.5;
                for (ExtractedQuote pq : a.quotes()) { double d = dice(gt, pq.text().text()); if (d >= bs) { bs = d; best = pq; } }
                String ge = q.get("event").isNull() ? null : q.get("event").asText();
                String got = best == null ? "NOQUOTE" : best.eventRef() == null ? "none" : a.events().get(best.eventRef()).kind() + " " + a.events().get(best.eventRef()).startsOn();
                String rule = best == null ? "" : best.eventRule();
                boolean ok;
                String want = "none";
                if (ge != null) {
                    JsonNode ev = events.get(ge);
                    want = ev.get("type").asText().toUpperCase() + " " + (ev.get("date").isNull() ? "?" : ev.get("date").asText());
                    gold++;
                    ok = best != null && best.eventRef() != null && same(a.events().get(best.eventRef()), ev);
                    right += ok ? 1 : 0;
                } else ok = best == null || best.eventRef() == null;
                System.out.println((ok ? "   ok " : "   XX ") + want + " <- " + got + " [" + rule + "] " + gt.substring(0, Math.min(60, gt.length())));
            }
        }
        System.out.println("links " + right + "/" + gold);
    }
    static boolean same(ExtractedEvent pe, JsonNode ge) {
        if (!pe.kind().name().equals(ge.get("type").asText().toUpperCase())) return false;
        if (ge.get("date").isNull()) return true;
        String d = ge.get("date").asText();
        if (pe.startsOn() == null) return false;
        if (pe.startsOn().toString().equals(d)) return true;
        return pe.endsOn() != null && pe.startsOn().toString().compareTo(d) <= 0 && d.compareTo(pe.endsOn().toString()) <= 0;
    }
    static double dice(String a, String b) {
        Set<String> x = new HashSet<>(Arrays.asList(a.split("\\s+"))), y = new HashSet<>(Arrays.asList(b.split("\\s+")));
        Set<String> i = new HashSet<>(x); i.retainAll(y);
        return 2.0 * i.size() / (x.size() + y.size());
    }
}
