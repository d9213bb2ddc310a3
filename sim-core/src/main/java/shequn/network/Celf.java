package shequn.network;

import java.util.PriorityQueue;

/**
 * Influence maximisation by simulated spread: the lazy greedy of Leskovec et al. (2007, "CELF") on the
 * independent-cascade model of Kempe, Kleinberg &amp; Tardos (2003). Spread is the expected number of
 * people the seeds' word reaches, estimated on {@code runs} sampled "live-edge" worlds: in world r a seed's
 * tie passes the word with its seed odds ({@code seedPass}, by tie type: a seed talks for several days), a
 * reached person becomes a talker with chance {@code talk} and their ties pass it with {@code pass}. Each
 * coin is a hash of (world, tie) or (world, person), so every candidate is judged on the same worlds
 * (common random numbers) without storing them, and the estimate is submodular, so lazy evaluation is exact.
 */
public final class Celf {
    private final SocialGraph g;
    private final double[] seedPass;
    private final double[] pass;
    private final double talk;
    private final int runs;
    private final long salt;
    /** Per world, who the seeds chosen so far already reach. */
    private final java.util.BitSet[] covered;
    private final int[] queue;
    private final int[] seenAt;
    private int stamp;

    /**
     * @param seedPass chance a seed's tie passes the word, indexed by tie type (WEAK, STRONG)
     * @param pass     chance a talker's tie passes it, by tie type
     * @param talk     chance someone reached passes the word on
     * @param salt     the sampled worlds' seed
     */
    public Celf(SocialGraph g, double[] seedPass, double[] pass, double talk, int runs, long salt) {
        this.g = g;
        this.seedPass = seedPass.clone();
        this.pass = pass.clone();
        this.talk = talk;
        this.runs = runs;
        this.salt = salt;
        this.covered = new java.util.BitSet[runs];
        for (int r = 0; r < runs; r++) {
            covered[r] = new java.util.BitSet(g.size());
        }
        this.queue = new int[g.size()];
        this.seenAt = new int[g.size()];
    }

    /** Up to k candidates chosen greedily by marginal spread, best first; lower index among equals. */
    public int[] choose(int[] candidates, int k) {
        // entries: gain, node, the round the gain was computed in
        PriorityQueue<double[]> heap = new PriorityQueue<>((x, y) -> x[0] != y[0] ? Double.compare(y[0], x[0])
                : Double.compare(x[1], y[1]));
        for (int v : candidates) {
            heap.add(new double[] {gain(v), v, 0});
        }
        int want = Math.min(k, candidates.length);
        int[] out = new int[want];
        int got = 0;
        while (got < want && !heap.isEmpty()) {
            double[] top = heap.poll();
            int v = (int) top[1];
            if (top[2] == got) {
                out[got++] = v;
                add(v);
            } else {
                heap.add(new double[] {gain(v), v, got});
            }
        }
        return out;
    }

    /** Expected people {@code v} reaches beyond those the chosen seeds reach (v included when new). */
    public double gain(int v) {
        long total = 0;
        for (int r = 0; r < runs; r++) {
            total += spread(v, r, false);
        }
        return (double) total / runs;
    }

    private void add(int v) {
        for (int r = 0; r < runs; r++) {
            spread(v, r, true);
        }
    }

    /** People reached from seed v in world r who are not yet covered; marks them covered when {@code keep}. */
    private int spread(int v, int r, boolean keep) {
        java.util.BitSet done = covered[r];
        stamp++;
        int head = 0;
        int tail = 0;
        queue[tail++] = v;
        seenAt[v] = stamp;
        int fresh = 0;
        while (head < tail) {
            int u = queue[head++];
            if (!done.get(u)) {
                fresh++;
                if (keep) {
                    done.set(u);
                }
            }
            boolean seed = u == v;
            if (!seed && coin(r, u, -1) >= talk) {
                continue; // reached, but does not pass it on
            }
            for (int e = g.start(u); e < g.end(u); e++) {
                int w = g.neighbour(e);
                double p = (seed ? seedPass : pass)[g.type(e) == SocialGraph.STRONG ? 1 : 0];
                if (seenAt[w] != stamp && coin(r, u, w) < p) {
                    seenAt[w] = stamp;
                    queue[tail++] = w;
                }
            }
        }
        return fresh;
    }

    /** A uniform number in [0,1) fixed by (world, a, b): the same coin whenever it is looked at. */
    double coin(int r, int a, int b) {
        long z = salt + 0x9E3779B97F4A7C15L * (r + 1) + 0xBF58476D1CE4E5B9L * (a + 1) + 0x94D049BB133111EBL * (b + 2);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        z ^= z >>> 31;
        return (z >>> 11) * 0x1.0p-53;
    }

    /** The tie-type index {@link #choose} reads odds with: 0 weak, 1 strong. */
    public static double[] byType(double weak, double strong) {
        return new double[] {weak, strong};
    }
}
