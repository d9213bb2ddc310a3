package shequn.ladder;

import ec.util.MersenneTwisterFast;
import shequn.groups.Membership;
import shequn.population.Consumers;
import shequn.population.Ladder;
import shequn.world.World;

/**
 * Households move: each day a share {@code population.turnover / 365} of homes in the catchment change
 * hands, and the newcomer is a prospect who has never heard of the store. This, with habit
 * ({@code behaviour.habit}), is why a store without community settles rather than sliding to zero
 * (SF4): households lost to competitors are replaced by newcomers who form their own habits. The newcomer
 * keeps the home's household type (age band, tier, interests, basket), its neighbours (social ties)
 * and its KOL follows; the leaver's groups lose a member.
 */
public final class Turnover {
    private Turnover() {
    }

    /** Moves happen at random homes, found by geometric skips: the work is one draw per move, not per home. */
    public static void step(World w) {
        double p = w.scenario.population().turnover() / 365.0;
        if (p <= 0) {
            return;
        }
        MersenneTwisterFast rng = w.rng;
        int n = w.people.n;
        long i = TieUpdate.geometricGap(p, rng);
        while (i < n) {
            if (w.people.entryDay[(int) i] <= w.day) { // a home whose household has not arrived yet cannot change hands
                moveIn(w, (int) i);
            }
            i += 1 + TieUpdate.geometricGap(p, rng);
        }
    }

    static void moveIn(World w, int i) {
        Consumers c = w.people;
        int g;
        while ((g = c.firstGroup(i)) >= 0) {
            Membership.leave(w, g, w.groups[g].find(i));
        }
        w.census.forget(i); // before its visits and purchases are reset: tonight it is counted afresh
        c.gone[i] = false;
        c.tie[i] = 0;
        c.gain[i] = 0;
        // a newcomer is a prospect: they shop around at first (population.prospect_loyalty)
        c.loyalty[i] = w.scenario.population().prospectLoyalty().floatValue() * c.potential[i];
        c.ladder[i] = Ladder.NONE;
        c.everAware[i] = false;
        c.advocate[i] = false;
        c.lastVisit[i] = Consumers.NEVER;
        c.churnDay[i] = Consumers.NEVER;
        c.lastBuy[i] = Consumers.NEVER;
        c.prevBuy[i] = Consumers.NEVER;
        c.purchases[i] = 0;
        c.coupon[i] = -1;
        c.couponExpiry[i] = Consumers.NEVER;
        c.referrer[i] = -1;
        c.cascade[i] = -1;
        w.today.movedIn++;
    }
}
