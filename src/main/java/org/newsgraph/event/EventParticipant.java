package org.newsgraph.event;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A person taking part in an event. */
@Entity
@Table(name = "event_participant")
@IdClass(EventParticipant.Key.class)
public class EventParticipant extends PanacheEntityBase {
    @Id
    @Column(name = "event_id")
    public Long eventId;
    @Id
    @Column(name = "person_id")
    public Long personId;

    public record Key(Long eventId, Long personId) implements Serializable {
    }
}
