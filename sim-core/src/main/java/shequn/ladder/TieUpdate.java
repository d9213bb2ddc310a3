package shequn.ladder;

import ec.util.MersenneTwisterFast;
import shequn.population.Consumers;
import shequn.scenario.Behaviour;
import shequn.world.Census;
import shequn.world.IntList;
import shequn.world.World;

/**
 * Phase 5. The tie strength decays without contact and rises with the day's contacts (scaled by
 * susceptibility, saturating at 1). Loyalty — the share of needs the store gets — is pulled away by
 * competitors unless the tie holds it (seed 001: a store that loses touch with its customers sees
 * weekly shoppers become monthly ones). Both are one straight-line pass of float arithmetic over every
 * consumer ({@link #updateTies}), which the compiler vectorises.
 *
 * <p>The rung is read off the tie, and lapsed customers may be gone for good — but only for the
 * consumers something happened to: those touched today ({@link shequn.world.Census#touch}), those
 * whose decaying tie the calendar says passes a rung tonight ({@link Rungs}), and lapses and churn
 * booked by day ({@link Churn}). The head counts move with them ({@link Census}). Between those days a
 * consumer's rung cannot change: its tie only decays, and the next threshold it will pass is booked.
 */
public final class TieUpdate {
    private TieUpdate() {
    }

    public static void step(World w) {
        Turnover.step(w);
        Consumers c = w.people;
        Behaviour b = w.behaviour;
        Census census = w.census;
        float keep = (float) (1 - b.tieDecay());
        updateTies(c, keep, b.competitorPull().floatValue(), b.loyaltyGain().floatValue(), b.habit().floatValue(), w.day);
        Rungs rungs = new Rungs(w);
        if (!census.started()) {
            for (int i = 0; i < c.n; i++) {
                rungs.evaluate(i); // the first evening counts everyone who is there
            }
            census.start();
        } else {
            IntList touched = census.touched();
            for (int k = 0; k < touched.size(); k++) {
                rungs.evaluate(touched.get(k));
            }
        }
        census.clearTouched();
        rungs.decayed();
        Churn.step(w);
        census.tally(w.day);
    }

    /** Days until the first success of a daily coin with chance p, counting today as 0. */
    static int geometricGap(double p, MersenneTwisterFast rng) {
        if (p <= 0) {
            return Integer.MAX_VALUE / 2;
        }
        if (p >= 1) {
            return 0;
        }
        double gap = Math.floor(Math.log(1 - rng.nextDouble()) / Math.log1p(-p));
        return (int) Math.min(gap, Integer.MAX_VALUE / 4);
    }

    /**
     * Tie strength and loyalty of every consumer (loyalty drifts between what habit keeps and what the
     * tie holds: {@code l += pull × (hold × s × (1 − l) − (1 − s) × (l − habit × potential))}), in a loop of float arithmetic alone (no branches
     * the compiler cannot turn into selects), kept apart from the rung and head counts so that it runs
     * as straight-line, vectorisable code. On {@code day}, a household that has not arrived yet
     * (population.entry) keeps its tie and loyalty.
     */
    static void updateTies(Consumers c, float keep, float pull, float hold, float habitShare, int day) {
        int[] entry = c.entryDay;
        float[] tie = c.tie;
        float[] gain = c.gain;
        float[] loyalty = c.loyalty;
        float[] susceptibility = c.susceptibility;
        float[] potential = c.potential;
        for (int i = 0; i < c.n; i++) {
            boolean here = entry[i] <= day;
            float k = here ? keep : 1f; // selects, not branches: the loop stays straight-line
            float p = here ? pull : 0f;
            float s = tie(tie[i] * k, gain[i], susceptibility[i]);
            tie[i] = s;
            gain[i] = 0;
            float l = loyalty[i];
            // without a tie, loyalty settles where habit keeps it (competitors pull it down to there, a
            // newcomer's habits form up to there); the tie pulls it above
            loyalty[i] = l + p * (hold * s * (1 - l) - (1 - s) * (l - habitShare * potential[i]));
        }
    }

    static float tie(float decayed, float gain, float susceptibility) {
        float s = gain > 0 ? decayed + gain * 2 * susceptibility * (1 - decayed) : decayed + gain;
        s = s < 0f ? 0f : s;
        return s > 1f ? 1f : s;
    }
}
