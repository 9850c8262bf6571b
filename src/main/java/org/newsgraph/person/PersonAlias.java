package org.newsgraph.person;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** One surface form of a person's name as written in an article, with its match key. */
@Entity
@Table(name = "person_alias")
public class PersonAlias extends PanacheEntity {
    @Column(name = "person_id")
    public Long personId;
    public String alias;
    @Column(name = "alias_key")
    public String aliasKey;
    /** Added by an editor rather than learnt from an article. */
    public boolean editorial;
}
