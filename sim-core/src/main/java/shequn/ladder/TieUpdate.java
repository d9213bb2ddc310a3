package shequn.ladder;

import ec.util.MersenneTwisterFast;
import shequn.population.Consumers;
import shequn.population.Ladder;
import shequn.scenario.Behaviour;
import shequn.world.Census;
import shequn.world.World;

/**
 * Phase 5, one sweep over every consumer. The tie strength decays without contact and rises with
 * the day's contacts (scaled by susceptibility, saturating at 1). Loyalty — the share of needs the
 * store gets — is pulled away by competitors unless the tie holds it (seed 001: a store that loses
 * touch with its customers sees weekly shoppers become monthly ones). The rung is read off the tie;
 * lapsed customers may be gone for good. Head counts for the day's KPIs are taken on the way.
 */
public final class TieUpdate {
    private TieUpdate() {
    }

    public static void step(World w, Census census) {
        Turnover.step(w);
        Consumers c = w.people;
        Behaviour b = w.behaviour;
        MersenneTwisterFast rng = w.rng;
        census.reset();
        float keep = (float) (1 - b.tieDecay());
        float pull = b.competitorPull().floatValue();
        float hold = b.loyaltyGain().floatValue();
        float aware = b.awareThreshold().floatValue();
        float weak = b.weakThreshold().floatValue();
        float strong = b.strongThreshold().floatValue();
        float advocate = b.advocateThreshold().floatValue();
        double hazard = b.churnHazard();
        int day = w.day;
        int lapsed = day - b.lapseDays();
        int window = day - b.repeatWindow() + 1;
        // Head counts in locals: the sweep is the engine's hottest loop (see docs/PERFORMANCE.md).
        long none = 0;
        long awareCount = 0;
        long weakCount = 0;
        long strongCount = 0;
        long advocates = 0;
        long churned = 0;
        long everAware = 0;
        long weekly = 0;
        long monthly = 0;
        long buyers = 0;
        long repeaters = 0;
        float[] tie = c.tie;
        int[] lastVisit = c.lastVisit;
        int[] lastBuy = c.lastBuy;
        int[] prevBuy = c.prevBuy;
        updateTies(c, keep, pull, hold, b.habit().floatValue(), day);
        int[] entry = c.entryDay;
        for (int i = 0; i < c.n; i++) {
            if (entry[i] > day) {
                continue; // not arrived yet (population.entry): counts nowhere
            }
            float s = tie[i];
            boolean known = c.everAware[i] | s >= aware;
            c.everAware[i] = known;
            everAware += known ? 1 : 0;
            byte rung = s >= strong ? Ladder.STRONG : s >= weak || c.linked(i) ? Ladder.WEAK
                    : known ? Ladder.AWARE : Ladder.NONE;
            c.ladder[i] = rung;
            boolean isAdvocate = rung == Ladder.STRONG && s >= advocate;
            c.advocate[i] = isAdvocate;
            if (!c.gone[i]) {
                churn(c, i, day, lapsed, hazard, rng);
            }
            none += rung == Ladder.NONE ? 1 : 0;
            awareCount += rung == Ladder.AWARE ? 1 : 0;
            weakCount += rung == Ladder.WEAK ? 1 : 0;
            strongCount += rung == Ladder.STRONG ? 1 : 0;
            advocates += isAdvocate ? 1 : 0;
            churned += c.gone[i] ? 1 : 0;
            int visit = lastVisit[i];
            weekly += visit > day - 7 ? 1 : 0;
            monthly += visit > day - 30 ? 1 : 0;
            boolean buyer = lastBuy[i] >= window;
            buyers += buyer ? 1 : 0;
            repeaters += buyer & prevBuy[i] >= window ? 1 : 0;
        }
        census.ladder[Ladder.NONE] = none;
        census.ladder[Ladder.AWARE] = awareCount;
        census.ladder[Ladder.WEAK] = weakCount;
        census.ladder[Ladder.STRONG] = strongCount;
        census.advocates = advocates;
        census.churned = churned;
        census.aware = everAware;
        census.weeklyActives = weekly;
        census.monthlyActives = monthly;
        census.buyersInWindow = buyers;
        census.repeatersInWindow = repeaters;
    }

    /**
     * A customer lapsed for {@code lapse_days} is gone with a daily chance {@code churn_hazard}.
     * The day it happens is drawn once per lapse (a geometric gap, the same law as a daily coin)
     * rather than a coin every day, so the sweep draws no random number for most lapsed people.
     */
    static void churn(Consumers c, int i, int day, int lapsed, double hazard, MersenneTwisterFast rng) {
        int last = c.lastVisit[i];
        if (last == Consumers.NEVER || last >= lapsed) {
            if (c.churnDay[i] != Consumers.NEVER) {
                c.churnDay[i] = Consumers.NEVER; // came back: a later lapse draws afresh
            }
            return;
        }
        if (c.churnDay[i] == Consumers.NEVER) {
            c.churnDay[i] = day + geometricGap(hazard, rng);
        }
        if (day >= c.churnDay[i]) {
            c.gone[i] = true;
        }
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
