package shequn.ladder;

import shequn.population.Consumers;
import shequn.population.Ladder;
import shequn.scenario.Behaviour;
import shequn.world.Census;
import shequn.world.IntList;
import shequn.world.World;

/**
 * One consumer's rung, read off its tie tonight: STRONG at {@code strong_threshold}, WEAK at
 * {@code weak_threshold} or as a group member, AWARE once they know the store (reaching
 * {@code aware_threshold} is knowing it), an advocate on the STRONG rung at {@code advocate_threshold}.
 *
 * <p>Without contact a tie only decays, by the factor {@code 1 - tie_decay} a day, so the day it falls
 * below the threshold under it is known in advance: that day is booked in the census's calendar, a day
 * early against rounding, and the consumer is read again then. A tie that has not reached the day is
 * still above the threshold, so its rung is what it was.
 */
final class Rungs {
    private final World w;
    private final Consumers c;
    private final Census census;
    private final float aware;
    private final float weak;
    private final float strong;
    private final float advocate;
    /** log of the daily decay factor (0: ties never decay). */
    private final double logKeep;
    private final int day;

    Rungs(World w) {
        this.w = w;
        this.c = w.people;
        this.census = w.census;
        Behaviour b = w.behaviour;
        aware = b.awareThreshold().floatValue();
        weak = b.weakThreshold().floatValue();
        strong = b.strongThreshold().floatValue();
        advocate = b.advocateThreshold().floatValue();
        logKeep = Math.log(1 - b.tieDecay());
        day = w.day;
    }

    /** Reads i's rung and recounts i; a household that has not arrived yet counts nowhere. */
    void evaluate(int i) {
        if (c.entryDay[i] > day) {
            return;
        }
        float s = c.tie[i];
        boolean known = c.everAware[i] | s >= aware;
        c.everAware[i] = known;
        boolean linked = c.linked(i);
        byte rung = s >= strong ? Ladder.STRONG : s >= weak || linked ? Ladder.WEAK : known ? Ladder.AWARE : Ladder.NONE;
        boolean isAdvocate = rung == Ladder.STRONG && s >= advocate;
        c.ladder[i] = rung;
        c.advocate[i] = isAdvocate;
        if (census.count(i)) {
            Churn.arrived(w, i);
        }
        bookDecay(i, s, nextBelow(s, rung, isAdvocate, linked));
    }

    /** The threshold whose crossing would change i's rung as its tie decays; NaN when none would. */
    private float nextBelow(float s, byte rung, boolean isAdvocate, boolean linked) {
        if (isAdvocate) {
            return advocate;
        }
        if (rung == Ladder.STRONG) {
            return strong;
        }
        return s >= weak && !linked ? weak : Float.NaN;
    }

    private void bookDecay(int i, float s, float threshold) {
        if (Float.isNaN(threshold) || logKeep == 0 || s <= 0) {
            census.decayCheck[i] = Consumers.NEVER;
            return;
        }
        // first t with s × keep^t < threshold is floor(x) + 1; booked a day early against rounding
        double x = Math.log(threshold / s) / logKeep;
        int check = day + (int) Math.max(1, Math.min(Math.floor(x), Integer.MAX_VALUE / 4));
        int booked = census.decayCheck[i];
        if (booked > day && booked <= check) {
            return; // an earlier check is booked: it will book the next one
        }
        census.decayCheck[i] = check;
        census.decay.add(check, i);
    }

    /** Reads again the consumers whose check falls tonight (a stale booking, replaced since, is skipped). */
    void decayed() {
        IntList due = census.decay.on(day);
        for (int k = 0; k < due.size(); k++) {
            int i = due.get(k);
            if (census.decayCheck[i] == day) {
                census.decayCheck[i] = Consumers.NEVER;
                evaluate(i);
            }
        }
        census.decay.release(day);
    }
}
