package org.newsgraph.article;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** One article as ingested; its bodies are in {@link ArticleText}. */
@Entity
public class Article extends PanacheEntity {
    /** Sort key of an article without a publication date: after every dated one. */
    public static final long UNKNOWN_TIME = Long.MIN_VALUE;

    public String url;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Outlet outlet;
    public String title;
    @Column(name = "published_at")
    public OffsetDateTime publishedAt;
    @Column(name = "sort_time")
    public long sortTime;
    public String language;
    @Column(name = "content_hash")
    public String contentHash;
    @Column(name = "ingested_at")
    public OffsetDateTime ingestedAt;

    public void setPublished(Instant instant) {
        publishedAt = instant == null ? null : instant.atOffset(ZoneOffset.UTC);
        sortTime = sortTime(instant);
    }

    public static long sortTime(Instant instant) {
        return instant == null ? UNKNOWN_TIME : instant.getEpochSecond();
    }

    public static Article findByUrl(String url) {
        return find("url", url).firstResult();
    }
}
