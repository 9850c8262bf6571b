package org.newsgraph.article;

import jakarta.persistence.Entity;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** A publication; articles from one outlet are copies, not independent sources. */
@Entity
public class Outlet extends PanacheEntity {
    public String name;
    public String country;
    public String language;

    public static Outlet findByName(String name) {
        return find("name", name).firstResult();
    }
}
