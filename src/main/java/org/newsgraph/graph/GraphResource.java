package org.newsgraph.graph;

import java.io.InputStream;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.StreamingOutput;

import io.quarkus.logging.Log;
import io.smallrye.common.annotation.Blocking;

/**
 * Moves the whole graph in and out as JSON Lines (the format of bench/gen.py). The upload is read as a stream on a
 * worker thread, never buffered whole; its size is capped by {@code quarkus.http.limits.max-body-size}.
 */
@Path("/graph")
public class GraphResource {
    static final String NDJSON = "application/x-ndjson";

    @Inject
    GraphImporter importer;
    @Inject
    GraphExporter exporter;

    @POST
    @Path("/import")
    @Blocking
    @Consumes({NDJSON, "application/jsonl", "application/json", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    public ImportSummary importGraph(InputStream body, HttpHeaders headers) {
        ImportSummary summary = importer.importGraph(body, new Progress("imported", headers.getLength(), Log::info));
        Log.info(summary);
        return summary;
    }

    @GET
    @Path("/export")
    @Produces(NDJSON)
    public StreamingOutput export() {
        return out -> exporter.export(out, Progress.silent());
    }
}
