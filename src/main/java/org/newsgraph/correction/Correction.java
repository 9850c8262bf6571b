package org.newsgraph.correction;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** An editor's correction, stored as such so that it can be re-applied when its article is ingested again. */
@Entity
public class Correction extends PanacheEntity {
    public enum Kind {
        MERGE_PEOPLE, ADD_ALIAS, REASSIGN_QUOTE
    }

    @Enumerated(EnumType.STRING)
    public Kind kind;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "person_id")
    public Long personId;
    @Column(name = "other_person_id")
    public Long otherPersonId;
    public String alias;
    @Column(name = "article_id")
    public Long articleId;
    @Column(name = "quote_text_key")
    public String quoteTextKey;
    @Column(name = "speaker_id")
    public Long speakerId;
    @Column(name = "event_id")
    public Long eventId;
    @Column(name = "clear_event")
    public boolean clearEvent;
    public String note;
}
