package shequn.network;

import ec.util.MersenneTwisterFast;
import java.util.Arrays;

/**
 * Tie strength that follows structure (Granovetter 1973; Onnela et al. 2007, PNAS: the stronger a tie, the
 * more friends its two ends share). Of a generated graph's ties, the {@code strongShare} with the highest
 * neighbourhood overlap become strong and the rest weak, so strong ties concentrate in tight circles and the
 * weak ones are the bridges between them. Overlap of tie (i, j) is {@code n_ij / ((k_i − 1) + (k_j − 1) − n_ij)},
 * n_ij the friends they share, k the degrees (0 when both have no other tie). Equal overlaps are ordered at random.
 */
public final class TieStrength {
    /** Resolution of the overlap in the sort key (2^20 levels). */
    private static final double LEVELS = 1 << 20;

    private TieStrength() {
    }

    /** Overlap of the tie between i and j (static ties). */
    public static double overlap(SocialGraph g, int i, int j) {
        return overlap(g, i, j, SeedRules.common(g, i, j));
    }

    /** Makes the {@code strongShare} of g's ties with the highest overlap strong, the rest weak. */
    public static void byOverlap(SocialGraph g, double strongShare, MersenneTwisterFast rng) {
        int n = g.size();
        long m = 0;
        for (int i = 0; i < n; i++) {
            for (int k = g.start(i); k < g.end(i); k++) {
                m += g.neighbour(k) > i ? 1 : 0;
            }
        }
        // key: overlap level (21 bits, up to 2^20), a random tie-break (10 bits), the slot (32 bits)
        long[] key = new long[(int) m];
        int[] mirror = new int[n == 0 ? 0 : g.end(n - 1)]; // the slot j -> i of each slot i -> j with j > i
        int[] seen = new int[n]; // row j's neighbours below j met so far (rows are sorted, i comes in order)
        int[] mark = new int[n]; // i + 1 on i's neighbours while i's ties are scored
        int e = 0;
        for (int i = 0; i < n; i++) {
            for (int k = g.start(i); k < g.end(i); k++) {
                mark[g.neighbour(k)] = i + 1;
            }
            for (int k = g.start(i); k < g.end(i); k++) {
                int j = g.neighbour(k);
                if (j > i) {
                    mirror[k] = g.start(j) + seen[j]++;
                    long level = (long) Math.floor(overlap(g, i, j, shared(g, j, mark, i + 1)) * LEVELS);
                    key[e++] = level << 42 | (long) rng.nextInt(1 << 10) << 32 | k;
                }
            }
        }
        Arrays.sort(key);
        long strong = Math.round(strongShare * m);
        for (int x = 0; x < key.length; x++) {
            int k = (int) (key[x] & 0xFFFFFFFFL);
            byte type = x >= key.length - strong ? SocialGraph.STRONG : SocialGraph.WEAK;
            g.setType(k, mirror[k], type);
        }
    }

    /** Neighbours of j marked {@code stamp} (the friends j shares with the consumer being scored). */
    private static int shared(SocialGraph g, int j, int[] mark, int stamp) {
        int count = 0;
        for (int k = g.start(j); k < g.end(j); k++) {
            count += mark[g.neighbour(k)] == stamp ? 1 : 0;
        }
        return count;
    }

    private static double overlap(SocialGraph g, int i, int j, int shared) {
        int others = g.degree(i) - 1 + g.degree(j) - 1 - shared;
        return others <= 0 ? 0 : (double) shared / others;
    }
}
