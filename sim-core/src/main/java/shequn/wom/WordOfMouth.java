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
        /** The larger of the two tie chances: ties are skipped geometrically at this rate, then thinned by type. */
        final double most;
        /** log(1 − most), and (1 − most)^m for short runs of m ties. */
        final double logMiss;
        private final double[] missAll = new double[65];

        Rates(Behaviour b) {
            talk = b.talkRate();
            discovery = b.discovery();
            strong = b.womStrong();
            weak = b.womWeak();
            gain = b.wordOfMouthGain();
            shareOnHearing = b.shareOnHearing();
            referralStrong = REFERRAL_VISIT * b.exposureVisit();
            referralWeak = REFERRAL_VISIT * b.exposureVisit() * 0.5;
            most = Math.max(strong, weak);
            logMiss = Math.log1p(-Math.min(most, 1));
            missAll[0] = 1;
            for (int m = 1; m < missAll.length; m++) {
                missAll[m] = missAll[m - 1] * (1 - most);
            }
        }

        /** Chance that none of m ties is told, (1 − most)^m. */
        double missAll(int m) {
            return m < missAll.length ? missAll[m] : Math.exp(m * logMiss);
        }

        /**
         * How many of the next {@code m} ties to pass over before the next one told at rate {@link #most}
         * ({@code m} when none is): one uniform draw, and a log only when a tie is told.
         */
        int skip(MersenneTwisterFast rng, int m) {
            if (most >= 1) {
                return 0;
            }
            if (most <= 0) {
                return m;
            }
            double v = 1 - rng.nextDouble();
            if (v <= missAll(m)) {
                return m; // (1 − most)^gap ≥ v ⇔ gap ≥ m: none of the m is told
            }
            return (int) Math.min(m, Math.log(v) / logMiss);
        }

        /** A tie picked at rate {@link #most} is told with chance p(type) / most: each tie is told with p(type). */
        boolean keeps(MersenneTwisterFast rng, byte type) {
            double p = type == SocialGraph.STRONG ? strong : weak;
            return p >= most || rng.nextDouble() * most < p;
        }
    }

    /**
     * The index of the next success of a coin with chance {@code p} tossed at {@code from}, {@code from + 1},
     * …: a geometric skip, one draw per success instead of one per toss. {@code Long.MAX_VALUE / 2} when
     * {@code p} is 0.
     */
    static long nextSuccess(MersenneTwisterFast rng, long from, double p) {
        if (p >= 1) {
            return from;
        }
        if (p <= 0) {
            return Long.MAX_VALUE / 2;
        }
        return from + (long) Math.min(Math.floor(Math.log(1 - rng.nextDouble()) / Math.log1p(-p)), Long.MAX_VALUE / 4);
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
        // every consumer tosses the coin, but only the aware and present talk: skipping to the next toss
        // that comes up costs one draw per talker instead of one per consumer
        for (long i = nextSuccess(rng, 0, rate); i < c.n; i = nextSuccess(rng, i + 1, rate)) {
            if (aware[(int) i] && !gone[(int) i]) {
                talking.add((int) i);
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
        MersenneTwisterFast rng = w.rng;
        long found = 0;
        for (long i = nextSuccess(rng, 0, rate); i < c.n; i = nextSuccess(rng, i + 1, rate)) {
            if (!c.gone[(int) i] && w.makeAware((int) i)) {
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
        MersenneTwisterFast rng = w.rng;
        // each tie is told with its type's chance: skip to the next tie picked at the larger chance, then
        // keep it with the ratio (one draw per tie picked, not one per tie)
        int end = ties.end(s);
        for (int e = ties.start(s); e < end; e++) {
            e += r.skip(rng, end - e);
            if (e < end && r.keeps(rng, ties.type(e))) {
                tell(w, s, ties.neighbour(e), ties.type(e), cascade, r);
            }
        }
        int extra = ties.extraCount(s);
        for (int j = 0; j < extra; j++) {
            j += r.skip(rng, extra - j);
            if (j < extra && r.keeps(rng, ties.extraType(s, j))) {
                tell(w, s, ties.extraNeighbour(s, j), ties.extraType(s, j), cascade, r);
            }
        }
    }

    /** Tie (s, t) passes the word today (it was picked with its type's chance). */
    static void tell(World w, int s, int t, byte type, int cascade, Rates r) {
        Consumers c = w.people;
        MersenneTwisterFast rng = w.rng;
        boolean strong = type == SocialGraph.STRONG;
        if (c.gone[t]) {
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
