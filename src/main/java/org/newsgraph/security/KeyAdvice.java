package org.newsgraph.security;

import java.security.SecureRandom;
import java.util.Base64;

import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

/**
 * At start, says which key writes: the development key when this start has one, or, when no key is configured at
 * all, how to create one (until then every mutation is refused).
 */
public class KeyAdvice {
    private static final Logger LOG = Logger.getLogger(KeyAdvice.class);

    void onStart(@Observes StartupEvent event, ApiKeyRegistry registry,
            @ConfigProperty(name = "quarkus.http.host-enabled", defaultValue = "true") boolean serving) {
        if (!serving) {
            // a command-line job (it turns the HTTP server off) takes no requests, so no key concerns it
            return;
        }
        registry.devKey().ifPresent(KeyAdvice::showDevKey);
        if (!registry.isEmpty()) {
            return;
        }
        String example = newKey();
        LOG.warnf("""
                No API key is configured: reading works, every mutation and the graph import/export are refused.
                To allow writes, give clients a key and configure it, for example this freshly generated one:
                  key (give to the client, sent as 'Authorization: Bearer <key>'): %s
                  either set the environment variable NEWSGRAPH_AUTH_EDITOR_KEY=%s
                  or keep only its hash in configuration: newsgraph.auth.keys=editor:%s
                Roles: %s (each includes the ones before it); use admin:<hash> for a key that may export.""",
                example, example, KeyHash.format(KeyHash.of(example)), Roles.names());
    }

    private static void showDevKey(DevKey dev) {
        LOG.infof("""
                Development key (role admin: ingest, corrections, graph import and export), kept in %s:
                  %s
                Send it as 'Authorization: Bearer <key>'. Not for production: configure keys there (README, "Access keys").""",
                dev.file(), dev.key());
    }

    /** 32 random bytes, URL-safe: fits a header and a config line without escaping. */
    static String newKey() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
