package org.newsgraph.article;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The raw body as scraped and the cleaned body that quote offsets point into. */
@Entity
@Table(name = "article_text")
public class ArticleText extends PanacheEntityBase {
    @Id
    @Column(name = "article_id")
    public Long articleId;
    @Column(name = "raw_body")
    public String rawBody;
    public String body;
}
