package org.newsgraph.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.newsgraph.support.Database;

/**
 * A hash over every value of every row of every table: equal fingerprints mean equal data, not just equal counts
 * (an update that changes a name, or a delete matched by an insert, shows up).
 */
@ApplicationScoped
public class DatabaseFingerprint {
    @Inject
    EntityManager em;

    @Transactional
    public String of() {
        MessageDigest digest = sha256();
        for (String table : Database.TABLES) {
            List<String> rows = new ArrayList<>();
            for (Object row : em.createNativeQuery("select * from " + table).getResultList()) {
                rows.add(row instanceof Object[] columns ? Arrays.deepToString(columns) : String.valueOf(row));
            }
            rows.sort(null);
            digest.update(table.getBytes(StandardCharsets.UTF_8));
            rows.forEach(row -> digest.update((row + "\n").getBytes(StandardCharsets.UTF_8)));
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
