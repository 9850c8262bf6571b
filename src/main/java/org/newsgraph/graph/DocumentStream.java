package org.newsgraph.graph;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * The lines of a graph file, read and parsed on a thread of their own so that parsing overlaps the database writes.
 * At most {@value #AHEAD} parsed lines wait in memory. A bad line is thrown by {@link #next} in its turn, after every
 * line before it.
 */
final class DocumentStream implements AutoCloseable {
    private static final int AHEAD = 256;
    private static final Object END = new Object();

    /** One parsed line and its number in the file. */
    record Line(ArticleDocument document, long number) {
    }

    private final CountingInputStream counted;
    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(AHEAD);
    private final Thread reader;

    DocumentStream(InputStream input) {
        counted = new CountingInputStream(input);
        reader = new Thread(this::readAll, "graph-import-reader");
        reader.setDaemon(true);
        reader.start();
    }

    /** The next line, or null after the last one. */
    Line next() {
        Object item;
        try {
            item = queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("graph import interrupted", e);
        }
        if (item instanceof RuntimeException failure) {
            throw failure;
        }
        return item == END ? null : (Line) item;
    }

    /** Bytes of the file read so far (the reader runs ahead of {@link #next} by at most {@value #AHEAD} lines). */
    long bytesRead() {
        return counted.count();
    }

    private void readAll() {
        // REPORT: bytes that are not UTF-8 are refused rather than turned into U+FFFD
        BufferedReader lines = new BufferedReader(new InputStreamReader(counted, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16);
        long number = 0;
        try {
            try {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    number++;
                    if (!line.isBlank()) {
                        queue.put(new Line(DocumentReader.read(line, number), number));
                    }
                }
                queue.put(END);
            } catch (IOException e) {
                queue.put(BadLineException.at(number + 1, "unreadable input (not UTF-8, or the upload broke off): " + e));
            } catch (RuntimeException e) {
                queue.put(e);
            }
        } catch (InterruptedException e) {
            // closed: the import stopped and nobody reads on
        }
    }

    /** Stops the reader; the caller closes the input stream. */
    @Override
    public void close() {
        reader.interrupt();
    }
}
