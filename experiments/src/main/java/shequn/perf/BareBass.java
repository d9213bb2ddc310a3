package shequn.perf;

import ec.util.MersenneTwisterFast;
import shequn.network.SocialGraph;

/**
 * Reference (b): the Bass-on-network rule as a bare loop over CSR arrays (offsets and neighbours
 * copied from the engine's {@link SocialGraph}), with no engine around it — no scenario, no
 * phases, no other state. What the engine's word-of-mouth kernel is held against: it should run at
 * least half this speed. {@link #run} draws a coin per tie, as the reference did when the performance
 * issue was filed; {@link #runSkipping} draws the way the engine now does — the next tie told and the
 * next consumer who hears from outside found by a geometric skip, one draw per success plus one per
 * talker — so it is the same rule done the same way, without the engine around it.
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

    /** The same rule with geometric skips over ties and over consumers (one draw per success). */
    public Curve runSkipping(double p, double w, int days, long seed) {
        long wall0 = Clock.wall();
        long cpu0 = Clock.cpu();
        MersenneTwisterFast rng = new MersenneTwisterFast(seed);
        boolean[] aware = new boolean[n];
        int[] adopters = new int[n];
        int count = 0;
        long[] curve = new long[days];
        double logMiss = Math.log1p(-w);
        double logMissOutside = Math.log1p(-p);
        double[] missAll = missAll(w);
        for (int d = 0; d < days; d++) {
            int talkers = count;
            for (int k = 0; k < talkers; k++) {
                int s = adopters[k];
                int end = offset[s + 1];
                for (int e = offset[s]; e < end; e++) {
                    double v = 1 - rng.nextDouble();
                    if (v <= missAll[end - e]) {
                        break; // none of the remaining ties is told
                    }
                    e += (int) (Math.log(v) / logMiss);
                    if (e < end) {
                        int t = neighbour[e];
                        if (!aware[t]) {
                            aware[t] = true;
                            adopters[count++] = t;
                        }
                    }
                }
            }
            for (long i = skip(rng, 0, logMissOutside); i < n; i = skip(rng, i + 1, logMissOutside)) {
                if (!aware[(int) i]) {
                    aware[(int) i] = true;
                    adopters[count++] = (int) i;
                }
            }
            curve[d] = count;
        }
        return new Curve(curve, Clock.wall() - wall0, Clock.cpu() - cpu0);
    }

    /** (1 − w)^m for m up to the largest degree: the chance that none of m ties is told. */
    private double[] missAll(double w) {
        int most = 0;
        for (int i = 0; i < n; i++) {
            most = Math.max(most, offset[i + 1] - offset[i]);
        }
        double[] missAll = new double[most + 1];
        missAll[0] = 1;
        for (int m = 1; m <= most; m++) {
            missAll[m] = missAll[m - 1] * (1 - w);
        }
        return missAll;
    }

    /** The next success at or after {@code from} of a coin whose log-miss is {@code logMiss}. */
    private static long skip(MersenneTwisterFast rng, long from, double logMiss) {
        return from + (long) Math.floor(Math.log(1 - rng.nextDouble()) / logMiss);
    }
}
