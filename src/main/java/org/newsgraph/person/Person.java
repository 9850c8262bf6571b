package org.newsgraph.person;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.newsgraph.kinds.PersonKind;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** A speaker or participant: a named person, an anonymous source or an institution. */
@Entity
public class Person extends PanacheEntity {
    public String name;
    /** {@code name} folded by the Arabic match key, for search and stable sorting. */
    @Column(name = "name_key")
    public String nameKey;
    public String role;
    /** The span the role was learnt from. */
    @Column(name = "role_source")
    public String roleSource;
    @Enumerated(EnumType.STRING)
    public PersonKind kind;
}
