package shequn.ladder;

import shequn.population.Consumers;
import shequn.world.Census;
import shequn.world.IntList;
import shequn.world.World;

/**
 * A customer lapsed for {@code lapse_days} is gone with a daily chance {@code churn_hazard}. Each
 * visit books the day its lapse would start; if no visit came in between, that evening draws the day
 * the customer will be gone (a geometric gap: the same law as a coin each day) and books it; a visit
 * before then cancels it. So only lapsing customers cost anything, and one draw each.
 */
final class Churn {
    private Churn() {
    }

    static void step(World w) {
        Census census = w.census;
        Consumers c = w.people;
        int day = w.day;
        int lapseDays = census.lapseDays();
        double hazard = w.behaviour.churnHazard();
        IntList lapsing = census.lapses.on(day);
        for (int k = 0; k < lapsing.size(); k++) {
            int i = lapsing.get(k);
            int last = c.lastVisit[i];
            if (c.gone[i] || last == Consumers.NEVER || last + lapseDays + 1 > day) {
                continue; // came back since, or gone already
            }
            c.churnDay[i] = day + TieUpdate.geometricGap(hazard, w.rng);
            if (c.churnDay[i] == day) {
                leave(w, i);
            } else {
                census.churns.add(c.churnDay[i], i);
            }
        }
        census.lapses.release(day);
        IntList leaving = census.churns.on(day);
        for (int k = 0; k < leaving.size(); k++) {
            int i = leaving.get(k);
            if (!c.gone[i] && c.churnDay[i] == day && c.lastVisit[i] < day - lapseDays) {
                leave(w, i);
            }
        }
        census.churns.release(day);
    }

    private static void leave(World w, int i) {
        w.people.gone[i] = true;
        w.census.count(i);
    }

    /** A household counted for the first time (there from the start, or just arrived): book its lapse. */
    static void arrived(World w, int i) {
        int last = w.people.lastVisit[i];
        if (last != Consumers.NEVER) {
            w.census.lapses.add(Math.max(last + w.census.lapseDays() + 1, w.day), i);
        }
    }
}
