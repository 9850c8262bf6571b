package org.newsgraph.quote;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.newsgraph.kinds.QuoteKind;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** A statement attributed to a speaker in one article, with the confidence and rule of every decision. */
@Entity
public class Quote extends PanacheEntity {
    @Column(name = "article_id")
    public Long articleId;
    @Column(name = "speaker_id")
    public Long speakerId;
    @Column(name = "event_id")
    public Long eventId;
    public String text;
    /** {@code text} folded by the Arabic match key, for search. */
    @Column(name = "text_key")
    public String textKey;
    @Enumerated(EnumType.STRING)
    public QuoteKind kind;
    public String cue;
    public int position;
    @Column(name = "start_offset")
    public Integer startOffset;
    @Column(name = "end_offset")
    public Integer endOffset;
    /** The article's sort time, copied for the speaker-timeline index. */
    @Column(name = "sort_time")
    public long sortTime;
    public double confidence;
    public String rule;
    @Column(name = "speaker_span")
    public String speakerSpan;
    @Column(name = "speaker_confidence")
    public Double speakerConfidence;
    @Column(name = "speaker_rule")
    public String speakerRule;
    @Column(name = "event_confidence")
    public Double eventConfidence;
    @Column(name = "event_rule")
    public String eventRule;
}
