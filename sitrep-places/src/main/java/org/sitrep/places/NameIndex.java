package org.sitrep.places;

import java.util.Arrays;

/**
 * Maps folded name keys to postings (an entry number with two bits for how the name matched), in a few
 * flat arrays: an open-addressing table of keys and one postings array sliced per key. Half a million
 * keys fit in a few tens of megabytes this way, where a map of lists would take several times that.
 */
final class NameIndex {
    private static final int[] NONE = new int[0];

    private final String[] slots;
    private final int[] slotHash;
    private final int[] slotKey;
    private final int[] start;
    private final int[] postings;

    private NameIndex(String[] slots, int[] slotHash, int[] slotKey, int[] start, int[] postings) {
        this.slots = slots;
        this.slotHash = slotHash;
        this.slotKey = slotKey;
        this.start = start;
        this.postings = postings;
    }

    /** The postings of a key, in the order they were added; empty when the key is unknown. */
    int[] find(String key) {
        int mask = slots.length - 1;
        int h = mix(key.hashCode());
        for (int i = h & mask; slots[i] != null; i = (i + 1) & mask) {
            if (slotHash[i] == h && slots[i].equals(key)) {
                int k = slotKey[i];
                return Arrays.copyOfRange(postings, start[k], start[k + 1]);
            }
        }
        return NONE;
    }

    int keys() {
        return start.length - 1;
    }

    private static int mix(int h) {
        return h ^ (h >>> 16) * 0x45d9f3b;
    }

    /** Collects (key, posting) pairs, then freezes them into an index; sized for the bundled gazetteer. */
    static final class Builder {
        private String[] slots = new String[1 << 20];
        private int[] slotHash = new int[1 << 20];
        private int[] slotKey = new int[1 << 20];
        private int keys;
        private int[] pairKey = new int[1 << 20];
        private int[] pairPosting = new int[1 << 20];
        private int pairs;

        void add(String key, int posting) {
            if (key.isEmpty()) return;
            if (pairs == pairKey.length) {
                pairKey = Arrays.copyOf(pairKey, pairs * 2);
                pairPosting = Arrays.copyOf(pairPosting, pairs * 2);
            }
            pairKey[pairs] = keyId(key);
            pairPosting[pairs] = posting;
            pairs++;
        }

        private int keyId(String key) {
            int mask = slots.length - 1;
            int h = mix(key.hashCode());
            int i = h & mask;
            for (; slots[i] != null; i = (i + 1) & mask) {
                if (slotHash[i] == h && slots[i].equals(key)) return slotKey[i];
            }
            slots[i] = key;
            slotHash[i] = h;
            slotKey[i] = keys;
            if (++keys * 2 > slots.length) grow();
            return keys - 1;
        }

        private void grow() {
            String[] oldSlots = slots;
            int[] oldHashes = slotHash;
            int[] oldIds = slotKey;
            slots = new String[oldSlots.length * 2];
            slotHash = new int[oldSlots.length * 2];
            slotKey = new int[oldSlots.length * 2];
            int mask = slots.length - 1;
            for (int j = 0; j < oldSlots.length; j++) {
                if (oldSlots[j] == null) continue;
                int i = oldHashes[j] & mask;
                while (slots[i] != null) i = (i + 1) & mask;
                slots[i] = oldSlots[j];
                slotHash[i] = oldHashes[j];
                slotKey[i] = oldIds[j];
            }
        }

        NameIndex build() {
            int[] start = new int[keys + 1];
            for (int p = 0; p < pairs; p++) start[pairKey[p] + 1]++;
            for (int k = 0; k < keys; k++) start[k + 1] += start[k];
            int[] fill = Arrays.copyOf(start, keys);
            int[] postings = new int[pairs];
            for (int p = 0; p < pairs; p++) postings[fill[pairKey[p]]++] = pairPosting[p];
            return new NameIndex(slots, slotHash, slotKey, start, postings);
        }
    }
}
