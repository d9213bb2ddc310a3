package shequn.kols;

import ec.util.MersenneTwisterFast;
import shequn.network.SocialGraph;
import shequn.population.Consumers;
import shequn.scenario.Kol;

/**
 * A KOL at run time: the consumers who follow them. A local or in-house KOL (广场舞召集人, 健身教练) is a
 * consumer of the network — the best-connected household of the store's catchment who cares about the
 * KOL's topic — and their friends are the first to follow them; the rest of the followers come from the
 * catchment (an online KOL's from the whole city) and mostly share the KOL's interest, so a food expert
 * reaches food lovers (interest fit). Following is a relationship with the KOL, not with the store.
 */
public final class KolState {
    public final int index;
    public final Kol spec;
    /** The consumer who is the KOL (local and in-house KOLs), or -1 for an online KOL outside the network. */
    public final int person;
    public final int[] followers;
    /** Word-of-mouth cascade the KOL's appearances start (World.startCascade), or -1 before the first. */
    public int cascade = -1;

    public KolState(int index, Kol spec, int store, Consumers people, SocialGraph ties, MersenneTwisterFast rng) {
        this.index = index;
        this.spec = spec;
        this.person = spec.kind() == Kol.Kind.ONLINE ? -1 : hub(spec, store, people, ties);
        this.followers = drawFollowers(spec, store, people, ties, person, rng);
        for (int f : followers) {
            people.follows[f]++;
        }
    }

    /**
     * The best-connected consumer of the store's catchment who shares the KOL's interest (any consumer of
     * the catchment when none does); the lowest index among equals, so the choice draws no random number.
     */
    static int hub(Kol spec, int store, Consumers people, SocialGraph ties) {
        int bit = spec.interest().bit();
        int best = -1;
        int bestScore = -1;
        for (int i = 0; i < people.n; i++) {
            if (people.store[i] != store) {
                continue;
            }
            int score = ties.degree(i) + ((people.interests[i] & bit) != 0 ? ties.size() : 0);
            if (score > bestScore) {
                bestScore = score;
                best = i;
            }
        }
        return best;
    }

    /** Appearances (posts and livestreams) in the last month or so: an exponential tally with a 30-day memory. */
    private double recent;
    private int recentDay;
    private double freshness = 1;

    /**
     * Records an appearance on {@code day}: followers tire of a KOL who appears often (wear-out), so the
     * response to this one is divided by {@code 1 + appearances in the last 30 days / wearOut}.
     */
    public void appear(int day, double wearOut) {
        recent *= Math.exp(-(day - recentDay) / 30.0);
        recentDay = day;
        freshness = 1 / (1 + recent / wearOut);
        recent += 1;
    }

    /** Share of a fresh appearance's pull that the current one has (1 for the first). */
    public double freshness() {
        return freshness;
    }

    /** How well the KOL's topic fits a consumer: 1 if they share the interest, a little otherwise. */
    public double fit(Consumers people, int i) {
        return (people.interests[i] & spec.interest().bit()) != 0 ? 1.0 : spec.offInterestFit();
    }

    private static int[] drawFollowers(Kol spec, int store, Consumers people, SocialGraph ties, int person,
                                       MersenneTwisterFast rng) {
        int bit = spec.interest().bit();
        int[] pool = new int[people.n];
        int poolSize = 0;
        for (int i = 0; i < people.n; i++) {
            // online influencers draw from the whole city; local figures from their store's catchment
            if (i != person && (spec.kind() == Kol.Kind.ONLINE || people.store[i] == store)) {
                pool[poolSize++] = i;
            }
        }
        int want = Math.min(spec.followers(), poolSize);
        int[] chosen = new int[want];
        boolean[] taken = new boolean[people.n];
        int got = 0;
        if (person >= 0) {
            taken[person] = true;
            // the KOL's own friends follow them first
            for (int e = ties.start(person); e < ties.end(person) && got < want; e++) {
                int f = ties.neighbour(e);
                if (!taken[f]) {
                    taken[f] = true;
                    chosen[got++] = f;
                }
            }
        }
        int tries = 0;
        while (got < want && tries < 50 * want + 1000) {
            tries++;
            int i = pool[rng.nextInt(poolSize)];
            // 80% of follows go to people who share the interest (accept them always, others 1 in 4)
            boolean fits = (people.interests[i] & bit) != 0;
            if (!taken[i] && (fits || rng.nextDouble() < 0.25)) {
                taken[i] = true;
                chosen[got++] = i;
            }
        }
        for (int k = 0; got < want && k < poolSize; k++) {
            int i = pool[k];
            if (!taken[i]) {
                taken[i] = true;
                chosen[got++] = i;
            }
        }
        return chosen;
    }
}
