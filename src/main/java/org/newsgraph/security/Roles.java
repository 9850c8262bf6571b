package org.newsgraph.security;

import java.util.List;
import java.util.Set;

/**
 * The roles an API key grants. Each role includes the ones below it (admin ⊃ editor ⊃ reader), so a check for
 * {@code editor} passes an admin key too.
 */
public final class Roles {
    public static final String READER = "reader";
    public static final String EDITOR = "editor";
    public static final String ADMIN = "admin";

    /** Weakest first: a role grants itself and every role before it. */
    private static final List<String> LADDER = List.of(READER, EDITOR, ADMIN);

    private Roles() {
    }

    public static boolean isRole(String name) {
        return LADDER.contains(name);
    }

    /** The role itself and every role it includes. */
    public static Set<String> grantedBy(String role) {
        int rank = LADDER.indexOf(role);
        if (rank < 0) {
            throw new IllegalArgumentException("unknown role " + role);
        }
        return Set.copyOf(LADDER.subList(0, rank + 1));
    }

    public static String names() {
        return String.join(", ", LADDER);
    }
}
