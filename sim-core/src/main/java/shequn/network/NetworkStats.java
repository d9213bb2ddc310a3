package shequn.network;

import ec.util.MersenneTwisterFast;
import java.util.Arrays;

/**
 * Structure of a {@link SocialGraph}'s static (CSR) ties: degrees, local clustering, the
 * neighbourhood overlap of each tie (Onnela et al. 2007, PNAS 104:7332:
 * {@code O_ij = n_ij / ((k_i − 1) + (k_j − 1) − n_ij)}, with {@code n_ij} the common neighbours, 0
 * when the denominator is 0), connected components, and the size of the largest component as ties
 * are removed weak-first or strong-first. Time O(Σ_ij (k_i + k_j)) for the overlaps, O(m α) for
 * each removal curve.
 */
public final class NetworkStats {
    private final SocialGraph g;
    private final int[] strongDegree;
    private final double[] clustering;
    private final double meanOverlapStrong;
    private final double meanOverlapWeak;
    private final long strongEdges;
    private final int components;
    private final int largest;

    private NetworkStats(SocialGraph g) {
        this.g = g;
        int n = g.size();
        strongDegree = new int[n];
        long[] triangles2 = new long[n];
        double sumStrong = 0;
        double sumWeak = 0;
        long strong = 0;
        long weak = 0;
        for (int i = 0; i < n; i++) {
            for (int k = g.start(i); k < g.end(i); k++) {
                if (g.type(k) == SocialGraph.STRONG) {
                    strongDegree[i]++;
                }
                int j = g.neighbour(k);
                if (j <= i) {
                    continue;
                }
                int common = common(g, i, j);
                triangles2[i] += common;
                triangles2[j] += common;
                double o = overlap(g.degree(i), g.degree(j), common);
                if (g.type(k) == SocialGraph.STRONG) {
                    sumStrong += o;
                    strong++;
                } else {
                    sumWeak += o;
                    weak++;
                }
            }
        }
        clustering = new double[n];
        for (int i = 0; i < n; i++) {
            long d = g.degree(i);
            // each triangle at i is counted once from each of its two edges at i
            clustering[i] = d < 2 ? 0 : triangles2[i] / (double) (d * (d - 1));
        }
        meanOverlapStrong = strong == 0 ? Double.NaN : sumStrong / strong;
        meanOverlapWeak = weak == 0 ? Double.NaN : sumWeak / weak;
        strongEdges = strong;
        int[] comp = components(g);
        int count = 0;
        int big = 0;
        int[] size = new int[n];
        for (int i = 0; i < n; i++) {
            if (comp[i] == i) {
                count++;
            }
            big = Math.max(big, ++size[comp[i]]);
        }
        components = count;
        largest = big;
    }

    public static NetworkStats of(SocialGraph g) {
        return new NetworkStats(g);
    }

    /** Onnela's overlap of a tie between nodes of degree {@code ki}, {@code kj} with {@code common} shared neighbours. */
    public static double overlap(int ki, int kj, int common) {
        int den = (ki - 1) + (kj - 1) - common;
        return den <= 0 ? 0 : (double) common / den;
    }

    /** Neighbours {@code i} and {@code j} share (static ties; rows are sorted). */
    public static int common(SocialGraph g, int i, int j) {
        int a = g.start(i);
        int ae = g.end(i);
        int b = g.start(j);
        int be = g.end(j);
        int c = 0;
        while (a < ae && b < be) {
            int x = g.neighbour(a);
            int y = g.neighbour(b);
            if (x == y) {
                c++;
                a++;
                b++;
            } else if (x < y) {
                a++;
            } else {
                b++;
            }
        }
        return c;
    }

    public int size() {
        return g.size();
    }

    public long edges() {
        return g.edgeCount();
    }

    public long strongEdges() {
        return strongEdges;
    }

    /** Share of ties that are strong (NaN without ties). */
    public double strongShare() {
        return g.edgeCount() == 0 ? Double.NaN : (double) strongEdges / g.edgeCount();
    }

    public double meanDegree() {
        return g.size() == 0 ? 0 : 2.0 * g.edgeCount() / g.size();
    }

    public int degree(int i) {
        return g.degree(i);
    }

    public int strongDegree(int i) {
        return strongDegree[i];
    }

    /** Local clustering coefficient of {@code i} (0 below degree 2). */
    public double clustering(int i) {
        return clustering[i];
    }

    /** Mean local clustering over all consumers, those below degree 2 counting 0. */
    public double meanClustering() {
        double s = 0;
        for (double c : clustering) {
            s += c;
        }
        return clustering.length == 0 ? 0 : s / clustering.length;
    }

    /** The degree at quantile {@code q} (nearest rank). */
    public int degreeQuantile(double q) {
        int n = g.size();
        if (n == 0) {
            return 0;
        }
        int[] d = new int[n];
        for (int i = 0; i < n; i++) {
            d[i] = g.degree(i);
        }
        Arrays.sort(d);
        return d[Math.min(n - 1, Math.max(0, (int) Math.ceil(q * n) - 1))];
    }

    /** Mean overlap of strong ties (NaN without strong ties). */
    public double meanOverlapStrong() {
        return meanOverlapStrong;
    }

    /** Mean overlap of weak ties (NaN without weak ties). */
    public double meanOverlapWeak() {
        return meanOverlapWeak;
    }

    public int components() {
        return components;
    }

    /** Share of consumers in the largest connected component. */
    public double largestShare() {
        return g.size() == 0 ? 0 : (double) largest / g.size();
    }

    /** Root of each node's connected component (union-find with path halving). */
    static int[] components(SocialGraph g) {
        int n = g.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < n; i++) {
            for (int k = g.start(i); k < g.end(i); k++) {
                union(parent, i, g.neighbour(k));
            }
        }
        for (int i = 0; i < n; i++) {
            parent[i] = find(parent, i);
        }
        return parent;
    }

    /**
     * Share of consumers in the largest component after removing the first {@code round(f × m)} of
     * the {@code m} ties, at {@code f = 0, 1/points, …, 1}: weak ties first (in a random order drawn
     * from {@code seed}), then strong ones, or strong first when {@code weakFirst} is false.
     */
    public static double[] removalCurve(SocialGraph g, boolean weakFirst, long seed, int points) {
        int n = g.size();
        int m = (int) g.edgeCount();
        int[] ea = new int[m];
        int[] eb = new int[m];
        int first = 0;
        int last = m;
        byte early = weakFirst ? SocialGraph.WEAK : SocialGraph.STRONG;
        for (int i = 0; i < n; i++) {
            for (int k = g.start(i); k < g.end(i); k++) {
                int j = g.neighbour(k);
                if (j > i) {
                    int e = g.type(k) == early ? first++ : --last;
                    ea[e] = i;
                    eb[e] = j;
                }
            }
        }
        MersenneTwisterFast rng = new MersenneTwisterFast(seed);
        shuffle(ea, eb, 0, first, rng);
        shuffle(ea, eb, first, m, rng);
        int[] parent = new int[n];
        int[] size = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
            size[i] = 1;
        }
        int largest = n == 0 ? 0 : 1;
        double[] curve = new double[points + 1];
        int present = m; // ties ea/eb[present..m) are in the graph
        for (int p = points; p >= 0; p--) {
            int removed = (int) Math.round((double) p * m / points);
            while (present > removed) {
                present--;
                int ra = find(parent, ea[present]);
                int rb = find(parent, eb[present]);
                if (ra != rb) {
                    if (size[ra] < size[rb]) {
                        int t = ra;
                        ra = rb;
                        rb = t;
                    }
                    parent[rb] = ra;
                    size[ra] += size[rb];
                    largest = Math.max(largest, size[ra]);
                }
            }
            curve[p] = n == 0 ? 0 : (double) largest / n;
        }
        return curve;
    }

    /** Area under a removal curve over f in [0,1] (trapezoids). */
    public static double area(double[] curve) {
        double a = 0;
        for (int p = 1; p < curve.length; p++) {
            a += (curve[p - 1] + curve[p]) / 2;
        }
        return curve.length < 2 ? 0 : a / (curve.length - 1);
    }

    private static void shuffle(int[] a, int[] b, int from, int to, MersenneTwisterFast rng) {
        for (int k = to - 1; k > from; k--) {
            int r = from + rng.nextInt(k - from + 1);
            int t = a[k];
            a[k] = a[r];
            a[r] = t;
            t = b[k];
            b[k] = b[r];
            b[r] = t;
        }
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
