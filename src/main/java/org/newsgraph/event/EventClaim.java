package org.newsgraph.event;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** A fact about an event as one article states it, kept per source so differences show. */
@Entity
@Table(name = "event_claim")
public class EventClaim extends PanacheEntity {
    @Column(name = "event_id")
    public Long eventId;
    @Column(name = "article_id")
    public Long articleId;
    public String attribute;
    @Column(name = "claim_value")
    public String value;
    public String span;
    @Column(name = "start_offset")
    public int startOffset;
    @Column(name = "end_offset")
    public int endOffset;
}
