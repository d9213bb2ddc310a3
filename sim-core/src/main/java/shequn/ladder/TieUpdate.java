package shequn.ladder;

import ec.util.MersenneTwisterFast;
import shequn.metrics.Census;
import shequn.population.Consumers;
import shequn.population.Ladder;
import shequn.scenario.Behaviour;
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
        int day = w.day;
        int lapsed = day - b.lapseDays();
        int window = day - b.repeatWindow() + 1;
        for (int i = 0; i < c.n; i++) {
            float s = tie(c.tie[i] * keep, c.gain[i], c.susceptibility[i]);
            c.tie[i] = s;
            c.gain[i] = 0;
            float l = c.loyalty[i];
            c.loyalty[i] = l + pull * (hold * s * (1 - l) - (1 - s) * l);
            if (s >= aware) {
                c.everAware[i] = true;
            }
            byte rung = s >= strong ? Ladder.STRONG : s >= weak ? Ladder.WEAK
                    : c.everAware[i] ? Ladder.AWARE : Ladder.NONE;
            if (rung < Ladder.WEAK && c.linked(i)) {
                rung = Ladder.WEAK;
            }
            c.ladder[i] = rung;
            c.advocate[i] = rung == Ladder.STRONG && s >= advocate;
            if (!c.gone[i] && c.lastVisit[i] != Consumers.NEVER && c.lastVisit[i] < lapsed
                    && rng.nextDouble() < b.churnHazard()) {
                c.gone[i] = true;
            }
            count(census, c, i, rung, day, window);
        }
    }

    static float tie(float decayed, float gain, float susceptibility) {
        float s = gain > 0 ? decayed + gain * 2 * susceptibility * (1 - decayed) : decayed + gain;
        return Math.max(0f, Math.min(1f, s));
    }

    static void count(Census census, Consumers c, int i, byte rung, int day, int window) {
        census.ladder[rung]++;
        if (c.advocate[i]) {
            census.advocates++;
        }
        if (c.gone[i]) {
            census.churned++;
        }
        if (c.lastVisit[i] > day - 7) {
            census.weeklyActives++;
        }
        if (c.lastVisit[i] > day - 30) {
            census.monthlyActives++;
        }
        if (c.lastBuy[i] >= window) {
            census.buyersInWindow++;
            if (c.prevBuy[i] >= window) {
                census.repeatersInWindow++;
            }
        }
    }
}
