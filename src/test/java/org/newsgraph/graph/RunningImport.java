package org.newsgraph.graph;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.SubmissionPublisher;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.newsgraph.security.TestKeys;

import io.restassured.RestAssured;

/**
 * A graph import over HTTP caught in the middle: its upload sends the file's first line, then stalls until
 * {@link #finish()}, so the import holds the graph write lock, as one of a large file does, for as long as a test needs.
 */
final class RunningImport implements AutoCloseable {
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    /** Takes the write lock if it is free, and fails at once if not. */
    private static final String LOCK = "SELECT id FROM graph_write_lock WHERE id = 1 FOR UPDATE NOWAIT";

    private final DataSource dataSource;
    private final byte[] file;
    private final int firstLineEnd;
    /** The upload: the JDK client reads a blocking InputStream on the thread that sends, so it would send nothing. */
    private final SubmissionPublisher<ByteBuffer> upload = new SubmissionPublisher<>();
    private final CompletableFuture<HttpResponse<String>> answer;

    private RunningImport(DataSource dataSource, byte[] file) {
        this.dataSource = dataSource;
        this.file = file;
        this.firstLineEnd = indexOf(file, (byte) '\n') + 1;
        answer = HTTP.sendAsync(HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port + "/graph/import"))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", GraphResource.NDJSON)
                .header("Authorization", "Bearer " + TestKeys.EDITOR).POST(HttpRequest.BodyPublishers.fromPublisher(upload)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Starts importing {@code file} and returns once the import holds the write lock. */
    static RunningImport start(DataSource dataSource, byte[] file) throws Exception {
        RunningImport running = new RunningImport(dataSource, file);
        try {
            running.awaitUntil(running.upload::hasSubscribers, "the upload never started");
            running.upload.submit(ByteBuffer.wrap(file, 0, running.firstLineEnd));
            running.awaitUntil(running::lockTaken, "the import never took the write lock");
            return running;
        } catch (Exception | AssertionError e) {
            running.upload.closeExceptionally(e); // the import fails and lets go of the lock
            throw e;
        }
    }

    /** Returns once another writer waits for the lock the import holds. */
    void awaitWriterWaiting() throws Exception {
        awaitUntil(this::writerWaiting, "no writer waited for the import's lock");
    }

    /** Sends the rest of the file and returns the import's answer. */
    HttpResponse<String> finish() throws Exception {
        if (!upload.isClosed()) {
            upload.submit(ByteBuffer.wrap(file, firstLineEnd, file.length - firstLineEnd));
            upload.close();
        }
        return answer.get(60, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws Exception {
        finish();
    }

    private interface Condition {
        boolean holds() throws SQLException;
    }

    private void awaitUntil(Condition condition, String failure) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.holds()) {
            if (answer.isDone() || System.nanoTime() > deadline) {
                throw new AssertionError(failure + (answer.isDone() ? ": it answered " + answer.get().body() : ""));
            }
            Thread.sleep(20);
        }
    }

    private boolean lockTaken() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(LOCK)) {
                return false;
            } catch (SQLException e) {
                // H2's and PostgreSQL's states of a lock not got
                if (!e.getSQLState().equals("HYT00") && !e.getSQLState().equals("55P03")) {
                    throw e;
                }
                return true;
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
        }
    }

    /** A session blocked by another: on this test database, one waiting for the import's lock. */
    private boolean writerWaiting() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            String blocked = c.getMetaData().getDatabaseProductName().equals("PostgreSQL")
                    ? "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'"
                            + " AND query LIKE '%graph_write_lock%'"
                    : "SELECT count(*) FROM information_schema.sessions WHERE blocker_id IS NOT NULL";
            try (ResultSet rs = s.executeQuery(blocked)) {
                rs.next();
                return rs.getLong(1) > 0;
            }
        }
    }

    private static int indexOf(byte[] bytes, byte wanted) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == wanted) {
                return i;
            }
        }
        throw new IllegalArgumentException("the file has no line end");
    }
}
