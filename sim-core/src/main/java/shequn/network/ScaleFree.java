package shequn.network;

import ec.util.MersenneTwisterFast;

/**
 * Barabási–Albert preferential attachment (Barabási &amp; Albert 1999, Science 286:509) with
 * {@code m = max(1, round(meanDegree / 2))}: a clique of {@code m + 1} seeds, then each arriving
 * consumer ties to {@code m} distinct earlier ones chosen with probability proportional to degree.
 *
 * <p>Degree-proportional choice uses the repeated-nodes trick: the edge list itself holds each
 * node once per tie, so a uniform slot of it is a degree-weighted node; O(E) time, no extra array.
 * Consumers arrive in a random order, so hubs do not depend on index.
 *
 * <p>Homophily is applied by rejection: with probability {@code homophily} a target is redrawn
 * (up to {@value #BAND_TRIES} preferential draws) until it shares the consumer's age band, so
 * same-band ties are about {@code h + (1 - h) * sum(p_b²)} while the degree tail stays
 * preferential.
 */
final class ScaleFree {
    static final int BAND_TRIES = 32;
    /** Draws for a distinct target before falling back to a uniform earlier consumer. */
    private static final int DISTINCT_TRIES = 1000;

    private final Bands bands;
    private final double homophily;
    private final MersenneTwisterFast rng;
    private final int[] arrival;
    private final int[] picks;
    private final EdgeBuffer out;

    private ScaleFree(Bands bands, int m, double homophily, double strongShare, MersenneTwisterFast rng) {
        this.bands = bands;
        this.homophily = homophily;
        this.rng = rng;
        this.arrival = shuffled(bands.size(), rng);
        this.picks = new int[m];
        this.out = new EdgeBuffer((long) bands.size() * m, strongShare, rng);
    }

    static SocialGraph generate(Bands bands, double meanDegree, double homophily, double strongShare,
                                MersenneTwisterFast rng) {
        int m = (int) Math.max(1, Math.round(meanDegree / 2));
        return new ScaleFree(bands, m, homophily, strongShare, rng).run();
    }

    private SocialGraph run() {
        int n = arrival.length;
        int m = picks.length;
        int seeds = Math.min(n, m + 1);
        for (int x = 0; x < seeds; x++) {
            for (int y = x + 1; y < seeds; y++) {
                out.add(arrival[x], arrival[y]);
            }
        }
        for (int t = seeds; t < n; t++) {
            int u = arrival[t];
            int before = out.size(); // targets come from earlier ties only: no self-loops
            for (int c = 0; c < m; c++) {
                picks[c] = target(u, c, before, t);
            }
            for (int c = 0; c < m; c++) {
                out.add(u, picks[c]);
            }
        }
        return out.toGraph(n);
    }

    private int target(int u, int c, int before, int arrived) {
        if (homophily > 0 && rng.nextDouble() < homophily) {
            for (int k = 0; k < BAND_TRIES; k++) {
                int v = preferential(before);
                if (bands.band(v) == bands.band(u) && !picked(c, v)) {
                    return v;
                }
            }
        }
        for (int k = 0; k < DISTINCT_TRIES; k++) {
            int v = preferential(before);
            if (!picked(c, v)) {
                return v;
            }
        }
        int v;
        do {
            v = arrival[rng.nextInt(arrived)];
        } while (picked(c, v)); // arrived > m, so a free one exists
        return v;
    }

    /** A node with probability proportional to its degree: a uniform end of a uniform edge. */
    private int preferential(int edges) {
        int r = rng.nextInt(2 * edges);
        return (r & 1) == 0 ? out.a(r >>> 1) : out.b(r >>> 1);
    }

    private boolean picked(int len, int v) {
        for (int i = 0; i < len; i++) {
            if (picks[i] == v) {
                return true;
            }
        }
        return false;
    }

    static int[] shuffled(int n, MersenneTwisterFast rng) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int tmp = p[i];
            p[i] = p[j];
            p[j] = tmp;
        }
        return p;
    }
}
