package org.newsgraph.quote;

/** DIRECT: inside quotation marks; INDIRECT: reported speech; MIXED: reported speech with quoted fragments. */
public enum QuoteKind {
    DIRECT, INDIRECT, MIXED
}
