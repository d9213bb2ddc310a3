package shequn.network;

import java.util.PriorityQueue;

/**
 * Ways to choose seed users (种子用户) among candidate consumers from the graph alone: the most
 * connected, the best bridges, and degree discount — the standard cheap stand-ins for influence
 * maximisation. Each returns at most {@code k} candidates, best first; among equals the lowest index,
 * so no choice draws a random number.
 */
public final class SeedRules {
    private SeedRules() {
    }

    /** All ties of i, static and made during the run. */
    public static int degree(SocialGraph g, int i) {
        return g.degree(i) + g.extraCount(i);
    }

    /** The k candidates with the most ties. */
    public static int[] byDegree(SocialGraph g, int[] candidates, int k) {
        double[] score = new double[candidates.length];
        for (int j = 0; j < candidates.length; j++) {
            score[j] = degree(g, candidates[j]);
        }
        return top(candidates, score, k);
    }

    /**
     * The k candidates who bridge most: Burt's (1992) effective size of the ego network, {@code d − 2t/d}
     * for d static ties among which t pairs know each other — many ties into circles that do not know
     * each other. A hub inside one tight cluster scores low, a broker between clusters high.
     */
    public static int[] byBridging(SocialGraph g, int[] candidates, int k) {
        double[] score = new double[candidates.length];
        for (int j = 0; j < candidates.length; j++) {
            score[j] = effectiveSize(g, candidates[j]);
        }
        return top(candidates, score, k);
    }

    /** Burt's effective size of i's static ego network: {@code d − 2t/d}, t = ties among i's neighbours. */
    public static double effectiveSize(SocialGraph g, int i) {
        int d = g.degree(i);
        if (d == 0) {
            return 0;
        }
        long pairs = 0;
        for (int e = g.start(i); e < g.end(i); e++) {
            pairs += common(g, i, g.neighbour(e));
        }
        double t = pairs / 2.0; // each tie among neighbours is seen from both ends
        return d - 2 * t / d;
    }

    /** Neighbours shared by a and b (rows are sorted: one merge). */
    static int common(SocialGraph g, int a, int b) {
        int x = g.start(a);
        int y = g.start(b);
        int count = 0;
        while (x < g.end(a) && y < g.end(b)) {
            int u = g.neighbour(x);
            int v = g.neighbour(y);
            if (u == v) {
                count++;
                x++;
                y++;
            } else if (u < v) {
                x++;
            } else {
                y++;
            }
        }
        return count;
    }

    /**
     * Degree discount (Chen, Wang &amp; Yang 2009, KDD, "DegreeDiscountIC"): pick the candidate with the
     * highest discounted degree, then discount each of its neighbours v, {@code d_v − 2 t_v − (d_v − t_v) t_v p}
     * with t_v their already-chosen neighbours — a friend of a seed is likely reached anyway. {@code p} is
     * the chance a tie passes the word. Static ties; a lazy heap, since discounts only lower a score.
     */
    public static int[] degreeDiscount(SocialGraph g, int[] candidates, int k, double p) {
        int n = g.size();
        boolean[] candidate = new boolean[n];
        boolean[] chosen = new boolean[n];
        int[] t = new int[n];
        double[] dd = new double[n];
        PriorityQueue<double[]> heap = new PriorityQueue<>((x, y) -> x[0] != y[0] ? Double.compare(y[0], x[0])
                : Double.compare(x[1], y[1]));
        for (int i : candidates) {
            candidate[i] = true;
            dd[i] = g.degree(i);
            heap.add(new double[] {dd[i], i});
        }
        int want = Math.min(k, candidates.length);
        int[] out = new int[want];
        int got = 0;
        while (got < want && !heap.isEmpty()) {
            double[] top = heap.poll();
            int u = (int) top[1];
            if (chosen[u] || top[0] != dd[u]) {
                continue; // stale entry: u was discounted since
            }
            chosen[u] = true;
            out[got++] = u;
            for (int e = g.start(u); e < g.end(u); e++) {
                int v = g.neighbour(e);
                if (chosen[v]) {
                    continue;
                }
                t[v]++;
                int d = g.degree(v);
                dd[v] = d - 2.0 * t[v] - (d - t[v]) * t[v] * p;
                if (candidate[v]) {
                    heap.add(new double[] {dd[v], v});
                }
            }
        }
        return got == want ? out : java.util.Arrays.copyOf(out, got);
    }

    /** The k candidates of highest score, best first; the lower index among equals. */
    public static int[] top(int[] candidates, double[] score, int k) {
        Integer[] order = new Integer[candidates.length];
        for (int j = 0; j < order.length; j++) {
            order[j] = j;
        }
        java.util.Arrays.sort(order, (a, b) -> score[a] != score[b] ? Double.compare(score[b], score[a])
                : Integer.compare(candidates[a], candidates[b]));
        int want = Math.min(k, candidates.length);
        int[] out = new int[want];
        for (int j = 0; j < want; j++) {
            out[j] = candidates[order[j]];
        }
        return out;
    }
}
