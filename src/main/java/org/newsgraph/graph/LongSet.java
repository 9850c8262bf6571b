package org.newsgraph.graph;

/**
 * Set of positive longs in one open-addressing array: the ids an import has already written, at 8 to 16 bytes an id
 * rather than the ~50 of a {@code HashSet<Long>}.
 */
final class LongSet {
    private static final long EMPTY = 0;
    private long[] slots = new long[1024];
    private int size;

    /** Adds {@code id} (positive); false when it was there already. */
    boolean add(long id) {
        if (id <= 0) {
            throw new IllegalArgumentException("ids are positive: " + id);
        }
        if (2 * (size + 1) > slots.length) {
            grow();
        }
        return insert(slots, id);
    }

    int size() {
        return size;
    }

    private boolean insert(long[] table, long id) {
        int mask = table.length - 1;
        int i = slot(id, mask);
        while (table[i] != EMPTY) {
            if (table[i] == id) {
                return false;
            }
            i = (i + 1) & mask;
        }
        table[i] = id;
        size++;
        return true;
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        size = 0;
        for (long id : old) {
            if (id != EMPTY) {
                insert(slots, id);
            }
        }
    }

    private static int slot(long id, int mask) {
        long h = id * 0x9E3779B97F4A7C15L; // Fibonacci hashing spreads consecutive ids
        return (int) (h ^ (h >>> 32)) & mask;
    }
}
