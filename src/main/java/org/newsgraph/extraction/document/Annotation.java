package org.newsgraph.extraction.document;

/**
 * The name and type of one thing a stage adds to a {@link Document} (the tokens, the dates of each sentence...).
 * Each stage declares the annotations it adds as constants, so a later stage reads them by the constant of the stage
 * that adds them and the compiler checks the type. Compared by identity: two annotations never share a slot.
 */
public final class Annotation<T> {

    private final String name;

    private Annotation(String name) {
        this.name = name;
    }

    public static <T> Annotation<T> named(String name) {
        return new Annotation<>(name);
    }

    @Override
    public String toString() {
        return name;
    }
}
