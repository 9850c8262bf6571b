package org.newsgraph.event;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An article reporting an event: one row per article, holding the first span that names the event. */
@Entity
@Table(name = "event_mention")
@IdClass(EventMention.Key.class)
public class EventMention extends PanacheEntityBase {
    @Id
    @Column(name = "event_id")
    public Long eventId;
    @Id
    @Column(name = "article_id")
    public Long articleId;
    public String span;
    @Column(name = "start_offset")
    public Integer startOffset;
    @Column(name = "end_offset")
    public Integer endOffset;

    public record Key(Long eventId, Long articleId) implements Serializable {
    }
}
