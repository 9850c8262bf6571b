package org.newsgraph.extraction.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One article as the stages see it: the submitted body, title and publication day, and what each stage has added
 * so far (cleaned text, tokens, sentences, names, dates, statements, speakers, event mentions, links...), each under
 * the {@link Annotation} its stage declares. Stages run in the order {@code ExtractionPipeline} gives; a stage that
 * reads what no earlier stage added is a programming error and fails at once, naming the annotation.
 * One document per call: never shared between threads.
 */
public final class Document {

    private final String rawBody;
    private final String title;
    private final LocalDate published;
    private final Map<Annotation<?>, Object> annotations = new HashMap<>();
    private final List<String> warnings = new ArrayList<>();

    /** {@code published} is null when the article has no publication date: relative dates stay unresolved. */
    public Document(String rawBody, String title, LocalDate published) {
        this.rawBody = rawBody == null ? "" : rawBody;
        this.title = title;
        this.published = published;
    }

    public String rawBody() {
        return rawBody;
    }

    public String title() {
        return title;
    }

    public LocalDate published() {
        return published;
    }

    /** Adds what a stage found; each annotation is added once, by the one stage that declares it. */
    public <T> void add(Annotation<T> annotation, T value) {
        if (value == null) {
            throw new IllegalArgumentException("null value for " + annotation);
        }
        if (annotations.putIfAbsent(annotation, value) != null) {
            throw new IllegalStateException(annotation + " added twice");
        }
    }

    @SuppressWarnings("unchecked") // add() only stores a T under an Annotation<T>
    public <T> T get(Annotation<T> annotation) {
        Object value = annotations.get(annotation);
        if (value == null) {
            throw new IllegalStateException(annotation + " read before the stage that adds it ran");
        }
        return (T) value;
    }

    /** Something the caller should know about the extraction (no publication date, a statement without speaker). */
    public void warn(String warning) {
        warnings.add(warning);
    }

    public List<String> warnings() {
        return warnings;
    }
}
