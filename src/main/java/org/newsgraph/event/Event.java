package org.newsgraph.event;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.newsgraph.kinds.EventKind;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** A real-world event merged across every article that reports it. */
@Entity
public class Event extends PanacheEntity {
    /** Sort key of an undated event: after every dated one. */
    public static final int UNKNOWN_DAY = Integer.MIN_VALUE;

    @Enumerated(EnumType.STRING)
    public EventKind kind;
    public String title;
    @Column(name = "starts_on")
    public LocalDate startsOn;
    @Column(name = "ends_on")
    public LocalDate endsOn;
    @Column(name = "sort_day")
    public int sortDay;
    public String location;
    public double confidence;

    public void setStartsOn(LocalDate day) {
        startsOn = day;
        sortDay = sortDay(day);
    }

    public static int sortDay(LocalDate day) {
        return day == null ? UNKNOWN_DAY : (int) day.toEpochDay();
    }
}
