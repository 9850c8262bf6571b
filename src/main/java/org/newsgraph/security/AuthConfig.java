package org.newsgraph.security;

import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Who may do what: the configured API keys and whether reading needs one. */
@ConfigMapping(prefix = "newsgraph.auth")
public interface AuthConfig {

    /** When true, queries need a key with role reader too; by default reading is open. */
    @WithDefault("false")
    boolean readRequiresKey();

    /** Hashed keys, each {@code <role>:sha256:<64 hex digits>}; safe to keep in configuration files. */
    Optional<List<String>> keys();

    /** A plain editor key, meant for the environment (NEWSGRAPH_AUTH_EDITOR_KEY); hashed at start, never kept. */
    Optional<String> editorKey();

    /**
     * When true, an admin key for development is accepted too: made at the first such start, kept in the data folder
     * ({@link DevKey}) and printed at every start. {@code ./run} sets it; a production start leaves it off.
     */
    @WithDefault("false")
    boolean devKey();

    /** A plain admin key, meant for the environment (NEWSGRAPH_AUTH_ADMIN_KEY); hashed at start, never kept. */
    Optional<String> adminKey();
}
