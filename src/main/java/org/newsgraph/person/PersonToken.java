package org.newsgraph.person;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A normalised token of one of a person's names: new names are matched against the people sharing a token. */
@Entity
@Table(name = "person_token")
@IdClass(PersonToken.Key.class)
public class PersonToken extends PanacheEntityBase {
    @Id
    public String token;
    @Id
    @Column(name = "person_id")
    public Long personId;

    public record Key(String token, Long personId) implements Serializable {
    }
}
