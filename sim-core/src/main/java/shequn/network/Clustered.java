package shequn.network;

import ec.util.MersenneTwisterFast;

/**
 * Clustered neighbourhoods where tie strength follows structure (Granovetter 1973; Onnela et al.
 * 2007, PNAS 104:7332): strong ties concentrate inside small, dense family/friend clusters, whose
 * members share most of their friends (high neighbourhood overlap); weak ties join clusters, mostly
 * inside a neighbourhood, some as long-range bridges. Removing the weak ties breaks the network into
 * its clusters; removing the strong ones leaves it connected.
 *
 * <ol>
 *   <li><b>Layout.</b> Consumers are lined up by age band, shuffled inside each band; a share
 *       {@code 1 - homophily} of them leave their place and are shuffled among the places so left, so
 *       clusters and neighbourhoods are mostly of one age band (homophily by segment).</li>
 *   <li><b>Clusters.</b> The line is cut into consecutive clusters of
 *       {@code round(clusterSize / 2) .. round(1.5 × clusterSize)} households (uniform; the last one
 *       takes a remainder too small to be a cluster); each pair
 *       inside a cluster is a STRONG tie with chance {@code density}.</li>
 *   <li><b>Neighbourhoods.</b> Consecutive clusters are grouped until a neighbourhood holds at least
 *       {@code neighbourhoodSize} households.</li>
 *   <li><b>Weak ties.</b> Each consumer casts {@code (meanDegree − mean strong degree) / 2} weak ties
 *       (the fraction met in expectation; none when the clusters alone reach the mean degree): with
 *       chance {@code bridgeShare} a long-range bridge to anyone (inside the age band with chance
 *       {@code homophily}), else to a household of another cluster in the same neighbourhood. A
 *       partner in one's own cluster is redrawn a few times.</li>
 * </ol>
 * The share of strong ties is what the clusters produce, not a parameter. Time and memory
 * O(n × (meanDegree + clusterSize)).
 */
final class Clustered {
    /** Redraws before giving up on a partner outside one's own cluster (the CSR build merges what is left). */
    private static final int REDRAWS = 8;

    private Clustered() {
    }

    static SocialGraph generate(Bands bands, double meanDegree, int clusterSize, double density, int neighbourhoodSize,
                                double bridgeShare, double homophily, MersenneTwisterFast rng) {
        int n = bands.size();
        int[] line = layout(bands, homophily, rng);
        int lo = (int) Math.max(1, Math.round(clusterSize * 0.5));
        int hi = (int) Math.max(lo, Math.round(clusterSize * 1.5));
        // cluster c spans line positions clusterStart[c] .. clusterStart[c + 1] - 1
        int[] clusterStart = new int[n + 2];
        int clusters = 0;
        for (int p = 0; p < n; clusters++) {
            clusterStart[clusters] = p;
            p = Math.min(n, p + lo + (hi > lo ? rng.nextInt(hi - lo + 1) : 0));
            if (n - p < lo) {
                p = n; // a remainder too small for a cluster joins the last one
            }
        }
        clusterStart[clusters] = n;
        int[] clusterOf = new int[n];
        int[] hoodFrom = new int[clusters];
        int[] hoodTo = new int[clusters];
        for (int c = 0, first = 0; c < clusters; c++) {
            for (int p = clusterStart[c]; p < clusterStart[c + 1]; p++) {
                clusterOf[line[p]] = c;
            }
            if (clusterStart[c + 1] - clusterStart[first] >= neighbourhoodSize || c == clusters - 1) {
                for (int k = first; k <= c; k++) {
                    hoodFrom[k] = clusterStart[first];
                    hoodTo[k] = clusterStart[c + 1];
                }
                first = c + 1;
            }
        }
        EdgeBuffer out = new EdgeBuffer((long) Math.ceil(n * Math.max(meanDegree, clusterSize) / 2.0) + 16, 0, rng);
        for (int c = 0; c < clusters; c++) {
            for (int p = clusterStart[c]; p < clusterStart[c + 1]; p++) {
                for (int q = p + 1; q < clusterStart[c + 1]; q++) {
                    if (rng.nextDouble() < density) {
                        out.add(line[p], line[q], SocialGraph.STRONG);
                    }
                }
            }
        }
        double strongDegree = n == 0 ? 0 : 2.0 * out.size() / n;
        double half = Math.max(0, meanDegree - strongDegree) / 2;
        int whole = (int) half;
        double frac = half - whole;
        for (int p = 0; p < n && n > 1; p++) {
            int i = line[p];
            int c = clusterOf[i];
            boolean alone = hoodTo[c] - hoodFrom[c] == clusterStart[c + 1] - clusterStart[c];
            int stubs = whole + (frac > 0 && rng.nextDouble() < frac ? 1 : 0);
            for (int s = 0; s < stubs; s++) {
                boolean bridge = alone || rng.nextDouble() < bridgeShare;
                int v = i;
                for (int tries = 0; tries < REDRAWS && (v == i || clusterOf[v] == c); tries++) {
                    v = bridge ? bands.partner(i, homophily, rng) : line[hoodFrom[c] + rng.nextInt(hoodTo[c] - hoodFrom[c])];
                }
                out.add(i, v, SocialGraph.WEAK);
            }
        }
        return out.toGraph(n);
    }

    /**
     * Consumers in band order, shuffled inside each band; then a share {@code 1 - homophily} leave
     * their places and are shuffled among those places.
     */
    static int[] layout(Bands bands, double homophily, MersenneTwisterFast rng) {
        int n = bands.size();
        int[] line = new int[n];
        for (int p = 0; p < n; p++) {
            line[p] = bands.ordered(p);
        }
        for (int from = 0; from < n; ) {
            int to = from;
            while (to < n && bands.band(line[to]) == bands.band(line[from])) {
                to++;
            }
            shuffle(line, identity(from, to), rng);
            from = to;
        }
        int[] movers = new int[n];
        int m = 0;
        for (int p = 0; p < n; p++) {
            if (rng.nextDouble() >= homophily) {
                movers[m++] = p;
            }
        }
        shuffle(line, java.util.Arrays.copyOf(movers, m), rng);
        return line;
    }

    private static int[] identity(int from, int to) {
        int[] places = new int[to - from];
        for (int k = 0; k < places.length; k++) {
            places[k] = from + k;
        }
        return places;
    }

    /** Fisher–Yates over the entries of {@code line} at {@code places}. */
    private static void shuffle(int[] line, int[] places, MersenneTwisterFast rng) {
        for (int k = places.length - 1; k > 0; k--) {
            int r = rng.nextInt(k + 1);
            int a = places[k];
            int b = places[r];
            int t = line[a];
            line[a] = line[b];
            line[b] = t;
        }
    }
}
