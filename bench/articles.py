#!/usr/bin/env python3
"""Writes a folder of raw articles for the ingestion benchmark (bench/ingest.sh) from gen.py's articles.jsonl.

gen.py's bodies are word lists without the quotes; here each article is told the way a wire story is: the event in
the lead, then every quote with its speaker and a reporting verb, then the generated paragraphs. So extraction finds
quotes, speakers and events, and the same people and events recur across articles, as they do across outlets.

Usage:  python3 articles.py ARTICLES_JSONL OUT_DIR [COUNT]
OUT_DIR gets one NNNNNN.txt per article and index.json ({file, url, outlet, publishedAt, language, title}).
"""
import json
import os
import sys

ROLES = {
    "president": "الرئيس", "king": "الملك", "crown prince": "ولي العهد", "prime minister": "رئيس الوزراء",
    "foreign minister": "وزير الخارجية", "defence minister": "وزير الدفاع", "energy minister": "وزير الطاقة",
    "economy minister": "وزير الاقتصاد", "army chief of staff": "رئيس أركان الجيش", "spokesperson": "المتحدث الرسمي",
    "special envoy": "المبعوث الخاص", "parliament speaker": "رئيس البرلمان", "ambassador": "السفير",
    "secretary-general": "الأمين العام",
}
VERBS = ["قال", "أكد", "أوضح", "أضاف", "شدد"]
# gen.py's paragraphs are drawn from a word list holding reporting verbs and titles: without them the paragraphs are
# background text, as in a real story, rather than hundreds of fragments that read as quotes of nobody in particular
CUES = set("قال أكد أضاف أوضح أشار شدد دعا رحب أعرب حذر السفير المبعوث الرئيس وزير المتحدث الأمين".split())
MONTHS = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]


def speaker(person):
    role = ROLES.get(person.get("role") or "")
    return f"{role} {person['name_ar']}" if role else person["name_ar"]


def story(article):
    lines = []
    for event in article.get("events", []):
        year, month, day = (int(p) for p in event["starts_on"].split("-")) if event.get("starts_on") else (0, 0, 0)
        when = f" يوم {day} {MONTHS[month - 1]} {year}" if year else ""
        lines.append(f"انطلقت{when} أعمال {event['title_ar']} بمشاركة {' و'.join(speaker(p) for p in event.get('participants', [])[:3])}.")
    for i, quote in enumerate(article.get("quotes", [])):
        text = quote["text"].split("«", 1)[-1].rstrip("»")
        who = speaker(quote["speaker"])
        if quote.get("kind") == "direct":
            lines.append(f"و{VERBS[i % len(VERBS)]} {who}: «{text}».")
        else:
            lines.append(f"و{VERBS[i % len(VERBS)]} {who} إن {text}.")
    lines.append(" ".join(word for word in article["body"].split(" ") if word.strip(".\n") not in CUES))
    return "\n".join(lines) + "\n"


def main():
    source, out = sys.argv[1], sys.argv[2]
    count = int(sys.argv[3]) if len(sys.argv) > 3 else None
    os.makedirs(out, exist_ok=True)
    index = []
    with open(source, encoding="utf-8") as lines:
        for n, line in enumerate(lines):
            if count is not None and n >= count:
                break
            article = json.loads(line)
            name = f"{n:06d}.txt"
            with open(os.path.join(out, name), "w", encoding="utf-8") as f:
                f.write(story(article))
            index.append({"file": name, "url": article["url"], "outlet": article["outlet"]["name"],
                          "publishedAt": article["published_at"], "language": article.get("language", "ar"),
                          "title": article["title"]})
    with open(os.path.join(out, "index.json"), "w", encoding="utf-8") as f:
        json.dump(index, f, ensure_ascii=False, indent=1)
    print(f"{len(index)} articles in {out}")


if __name__ == "__main__":
    main()
