package shequn.network;

import ec.util.MersenneTwisterFast;

/**
 * Consumers grouped by age band (a stable counting sort of the indices by segment), so that a
 * partner inside a band is drawn in O(1).
 */
final class Bands {
    /** Redraws before accepting a self-pair, which the CSR build then drops. */
    private static final int SELF_REDRAWS = 8;

    private final byte[] segment;
    private final int[] order;
    private final int[] bandStart;

    Bands(byte[] segment) {
        this.segment = segment;
        int bands = 1;
        for (int i = 0; i < segment.length; i++) {
            if (segment[i] < 0) {
                throw new IllegalArgumentException("segment[" + i + "] = " + segment[i] + " is negative");
            }
            bands = Math.max(bands, segment[i] + 1);
        }
        bandStart = new int[bands + 1];
        for (byte s : segment) {
            bandStart[s + 1]++;
        }
        for (int s = 0; s < bands; s++) {
            bandStart[s + 1] += bandStart[s];
        }
        order = new int[segment.length];
        int[] cursor = bandStart.clone();
        for (int i = 0; i < segment.length; i++) {
            order[cursor[segment[i]]++] = i;
        }
    }

    int size() {
        return order.length;
    }

    /** The consumer at position {@code p} when sorted by band (stable: ascending index within a band). */
    int ordered(int p) {
        return order[p];
    }

    int band(int i) {
        return segment[i];
    }

    /**
     * A partner for {@code i}: with probability {@code homophily} uniform inside i's band, else
     * uniform over everyone; redraws a few times to avoid {@code i} itself.
     */
    int partner(int i, double homophily, MersenneTwisterFast rng) {
        boolean same = rng.nextDouble() < homophily;
        int from = same ? bandStart[segment[i]] : 0;
        int count = same ? bandStart[segment[i] + 1] - from : order.length;
        int v = i;
        for (int tries = 0; v == i && tries < SELF_REDRAWS; tries++) {
            v = order[from + rng.nextInt(count)];
        }
        return v;
    }
}
