package shequn.perf;

import ec.util.MersenneTwisterFast;
import shequn.network.SocialGraph;

/**
 * Reference (b): the Bass-on-network rule as a bare loop over CSR arrays (offsets and neighbours
 * copied from the engine's {@link SocialGraph}), with no engine around it — no scenario, no
 * phases, no other state. What the engine's word-of-mouth kernel is held against: it should run at
 * least half this speed.
 */
public final class BareBass {
    private final int n;
    private final int[] offset;
    private final int[] neighbour;

    public BareBass(SocialGraph g) {
        n = g.size();
        offset = new int[n + 1];
        for (int i = 0; i < n; i++) {
            offset[i + 1] = g.end(i);
        }
        neighbour = new int[offset[n]];
        for (int k = 0; k < neighbour.length; k++) {
            neighbour[k] = g.neighbour(k);
        }
    }

    public Curve run(double p, double w, int days, long seed) {
        long wall0 = Clock.wall();
        long cpu0 = Clock.cpu();
        MersenneTwisterFast rng = new MersenneTwisterFast(seed);
        boolean[] aware = new boolean[n];
        int[] adopters = new int[n]; // aware consumers in order of adoption: a day's talkers are a prefix
        int count = 0;
        long[] curve = new long[days];
        for (int d = 0; d < days; d++) {
            int talkers = count;
            for (int k = 0; k < talkers; k++) {
                int s = adopters[k];
                for (int e = offset[s], end = offset[s + 1]; e < end; e++) {
                    if (rng.nextDouble() < w) {
                        int t = neighbour[e];
                        if (!aware[t]) {
                            aware[t] = true;
                            adopters[count++] = t;
                        }
                    }
                }
            }
            for (int i = 0; i < n; i++) {
                if (!aware[i] && rng.nextDouble() < p) {
                    aware[i] = true;
                    adopters[count++] = i;
                }
            }
            curve[d] = count;
        }
        return new Curve(curve, Clock.wall() - wall0, Clock.cpu() - cpu0);
    }
}
