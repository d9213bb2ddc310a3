package shequn.kols;

import ec.util.MersenneTwisterFast;
import shequn.population.Consumers;
import shequn.scenario.Kol;

/**
 * A KOL at run time: the consumers who follow them. Followers come from the KOL's store catchment
 * and mostly share the KOL's interest, so a food expert reaches food lovers (interest fit).
 */
public final class KolState {
    public final int index;
    public final Kol spec;
    public final int[] followers;

    public KolState(int index, Kol spec, int store, Consumers people, MersenneTwisterFast rng) {
        this.index = index;
        this.spec = spec;
        this.followers = drawFollowers(spec, store, people, rng);
        for (int f : followers) {
            people.follows[f]++;
        }
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

    private static int[] drawFollowers(Kol spec, int store, Consumers people, MersenneTwisterFast rng) {
        int bit = spec.interest().bit();
        int[] pool = new int[people.n];
        int poolSize = 0;
        for (int i = 0; i < people.n; i++) {
            // online influencers draw from the whole city; local figures from their store's catchment
            if (spec.kind() == Kol.Kind.ONLINE || people.store[i] == store) {
                pool[poolSize++] = i;
            }
        }
        int want = Math.min(spec.followers(), poolSize);
        int[] chosen = new int[want];
        boolean[] taken = new boolean[people.n];
        int got = 0;
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
