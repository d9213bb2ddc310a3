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
        Rates r = new Rates(w.behaviour);
        if (r.talk > 0) {
            addTalkOfTheTown(w, talking, r.talk);
        }
        addSeedTalkers(w, talking);
        for (int k = 0; k < talking.size(); k++) {
            int s = talking.get(k);
            if (!w.people.gone[s]) {
                share(w, s, r);
            }
        }
        if (r.discovery > 0) {
            discover(w, r.discovery);
        }
    }

    /**
     * The day's behaviour parameters, unboxed once (the scenario holds them as {@code Double}s) —
     * the kernel reads them for every tie.
     */
    static final class Rates {
        final double talk;
        final double discovery;
        final double strong;
        final double weak;
        final double gain;
        final double shareOnHearing;
        /** Chance a strong tie told comes to the store on the recommendation; a weak one has half. */
        final double referralStrong;
        final double referralWeak;

        Rates(Behaviour b) {
            talk = b.talkRate();
            discovery = b.discovery();
            strong = b.womStrong();
            weak = b.womWeak();
            gain = b.wordOfMouthGain();
            shareOnHearing = b.shareOnHearing();
            referralStrong = REFERRAL_VISIT * b.exposureVisit();
            referralWeak = REFERRAL_VISIT * b.exposureVisit() * 0.5;
        }
    }

    /**
     * A coin with chance {@code p}. A sure or impossible event draws no random number (the
     * Bass-on-network setting has talk_rate 1 and no referral visits: half the kernel's draws).
     */
    static boolean chance(MersenneTwisterFast rng, double p) {
        return p >= 1 || p > 0 && rng.nextDouble() < p;
    }

    /**
     * Everyday talk: each consumer who knows the store mentions it with chance {@code talk_rate},
     * whether or not they bought (the imitation term of the Bass model). Talkers are those aware
     * at the start of the day, so today's news is passed on from tomorrow.
     */
    static void addTalkOfTheTown(World w, IntList talking, double rate) {
        Consumers c = w.people;
        boolean[] aware = c.everAware;
        boolean[] gone = c.gone;
        MersenneTwisterFast rng = w.rng;
        for (int i = 0; i < c.n; i++) {
            if (aware[i] && !gone[i] && chance(rng, rate)) {
                talking.add(i);
            }
        }
    }

    /**
     * Seed users the store paid (the seeding lever) talk about the store every day of their talking days;
     * a seed who has left the area falls silent early.
     */
    static void addSeedTalkers(World w, IntList talking) {
        IntList seeds = w.seedTalkers;
        int kept = 0;
        for (int k = 0; k < seeds.size(); k += 2) {
            int i = seeds.get(k);
            int until = seeds.get(k + 1);
            if (until >= w.day && !w.people.gone[i]) {
                talking.add(i);
                seeds.set(kept++, i);
                seeds.set(kept++, until);
            }
        }
        seeds.truncate(kept);
    }

    /** Outside word (media, passing by): the innovation term of the Bass model. */
    static void discover(World w, double rate) {
        Consumers c = w.people;
        boolean[] aware = c.everAware;
        boolean[] gone = c.gone;
        MersenneTwisterFast rng = w.rng;
        long found = 0;
        for (int i = 0; i < c.n; i++) {
            if (!aware[i] && !gone[i] && rng.nextDouble() < rate) {
                aware[i] = true;
                found++;
            }
        }
        w.today.newlyAware += found;
    }

    static void share(World w, int s, Rates r) {
        Consumers c = w.people;
        SocialGraph ties = w.ties;
        w.today.sharers++;
        int cascade = c.cascade[s];
        if (cascade < 0) {
            cascade = w.startCascade(World.CUSTOMER);
            c.cascade[s] = cascade;
        }
        for (int e = ties.start(s), end = ties.end(s); e < end; e++) {
            tell(w, s, ties.neighbour(e), ties.type(e), cascade, r);
        }
        for (int j = 0; j < ties.extraCount(s); j++) {
            tell(w, s, ties.extraNeighbour(s, j), ties.extraType(s, j), cascade, r);
        }
    }

    static void tell(World w, int s, int t, byte type, int cascade, Rates r) {
        Consumers c = w.people;
        MersenneTwisterFast rng = w.rng;
        boolean strong = type == SocialGraph.STRONG;
        if (c.gone[t] || rng.nextDouble() >= (strong ? r.strong : r.weak)) {
            return;
        }
        double weight = strong ? 1.0 : 0.5;
        w.today.womReach++;
        w.contact(t, r.gain * weight);
        if (w.hearFirst(t, cascade)) {
            w.today.newlyAware++;
            if (strong) {
                w.firstHeardStrong++;
            } else {
                w.firstHeardWeak++;
            }
            if (r.shareOnHearing > 0 && rng.nextDouble() < r.shareOnHearing) {
                w.sharersTomorrow.add(t); // passes the news on (independent cascade)
            }
        }
        if (chance(rng, strong ? r.referralStrong : r.referralWeak)) {
            c.referrer[t] = s;
            w.trigger(t);
        }
    }
}
