package shequn.wom;

import ec.util.MersenneTwisterFast;
import shequn.network.SocialGraph;
import shequn.population.Consumers;
import shequn.scenario.Behaviour;
import shequn.world.IntList;
import shequn.world.World;

/**
 * Phase 3: yesterday's satisfied buyers and content sharers talk to their ties. Each tie passes
 * the word with a chance that depends on its type — strong ties persuade, weak ties reach further
 * (Granovetter 1973; Goldenberg, Libai &amp; Muller 2001). A consumer hearing of the store for the
 * first time joins the sharer's cascade; some of those reached come to the store on the friend's
 * recommendation (a referral visit, on which share incentives pay their commission).
 */
public final class WordOfMouth {
    /** A friend's recommendation prompts a visit this many times more often than a group post. */
    static final double REFERRAL_VISIT = 5;

    private WordOfMouth() {
    }

    public static void step(World w) {
        IntList talking = w.sharersTomorrow;
        w.sharersTomorrow = w.sharers;
        w.sharersTomorrow.clear();
        w.sharers = talking;
        if (w.behaviour.talkRate() > 0) {
            addTalkOfTheTown(w, talking);
        }
        for (int k = 0; k < talking.size(); k++) {
            int s = talking.get(k);
            if (!w.people.gone[s]) {
                share(w, s);
            }
        }
        if (w.behaviour.discovery() > 0) {
            discover(w);
        }
    }

    /**
     * Everyday talk: each consumer who knows the store mentions it with chance {@code talk_rate},
     * whether or not they bought (the imitation term of the Bass model). Talkers are those aware
     * at the start of the day, so today's news is passed on from tomorrow.
     */
    static void addTalkOfTheTown(World w, IntList talking) {
        Consumers c = w.people;
        double rate = w.behaviour.talkRate();
        for (int i = 0; i < c.n; i++) {
            if (c.everAware[i] && !c.gone[i] && w.rng.nextDouble() < rate) {
                talking.add(i);
            }
        }
    }

    /** Outside word (media, passing by): the innovation term of the Bass model. */
    static void discover(World w) {
        Consumers c = w.people;
        double rate = w.behaviour.discovery();
        for (int i = 0; i < c.n; i++) {
            if (!c.everAware[i] && w.rng.nextDouble() < rate) {
                c.everAware[i] = true;
                w.today.newlyAware++;
            }
        }
    }

    static void share(World w, int s) {
        Consumers c = w.people;
        SocialGraph ties = w.ties;
        w.today.sharers++;
        int cascade = c.cascade[s];
        if (cascade < 0) {
            cascade = w.cascadeSizes.size();
            w.cascadeSizes.add(1);
            c.cascade[s] = cascade;
        }
        for (int e = ties.start(s); e < ties.end(s); e++) {
            tell(w, s, ties.neighbour(e), ties.type(e), cascade);
        }
        for (int j = 0; j < ties.extraCount(s); j++) {
            tell(w, s, ties.extraNeighbour(s, j), ties.extraType(s, j), cascade);
        }
    }

    static void tell(World w, int s, int t, byte type, int cascade) {
        Behaviour b = w.behaviour;
        Consumers c = w.people;
        MersenneTwisterFast rng = w.rng;
        boolean strong = type == SocialGraph.STRONG;
        if (c.gone[t] || rng.nextDouble() >= (strong ? b.womStrong() : b.womWeak())) {
            return;
        }
        double weight = strong ? 1.0 : 0.5;
        w.today.womReach++;
        w.contact(t, b.wordOfMouthGain() * weight);
        if (!c.everAware[t]) {
            c.everAware[t] = true;
            c.cascade[t] = cascade;
            w.cascadeSizes.set(cascade, w.cascadeSizes.get(cascade) + 1);
            w.today.newlyAware++;
            if (b.shareOnHearing() > 0 && rng.nextDouble() < b.shareOnHearing()) {
                w.sharersTomorrow.add(t); // passes the news on (independent cascade)
            }
        }
        if (rng.nextDouble() < REFERRAL_VISIT * b.exposureVisit() * weight) {
            c.referrer[t] = s;
            w.trigger(t);
        }
    }
}
