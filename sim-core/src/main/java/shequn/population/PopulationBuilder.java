package shequn.population;

import ec.util.MersenneTwisterFast;
import shequn.scenario.Interest;
import shequn.scenario.Population;
import shequn.scenario.Scenario;

/**
 * Draws a heterogeneous population: age band, parent flag, spending tier, interests, home store
 * and distance, a gamma-distributed need rate, a lognormal basket by tier, and the behavioural
 * traits. Everything comes from the world stream, so every strategy sees the same people.
 */
public final class PopulationBuilder {

    /** P(interest | age band): columns follow {@link Interest} order; parenting is set apart for parents. */
    private static final double[][] INTEREST_BY_SEGMENT = {
        // health fashion parenting food fitness dance deals
        {0.10, 0.50, 0.05, 0.40, 0.35, 0.05, 0.30},
        {0.30, 0.20, 0.10, 0.50, 0.20, 0.10, 0.40},
        {0.70, 0.05, 0.10, 0.45, 0.10, 0.45, 0.50},
    };
    private static final double PARENT_PARENTING = 0.9;

    private PopulationBuilder() {
    }

    public static Consumers build(Scenario scenario, MersenneTwisterFast rng) {
        return build(scenario, rng, null);
    }

    /**
     * As {@link #build(Scenario, MersenneTwisterFast)}, each household entering on its day of
     * {@code entryDays} (population.entry.file) when that is not null; nothing is drawn for it.
     */
    public static Consumers build(Scenario scenario, MersenneTwisterFast rng, int[] entryDays) {
        Population p = scenario.population();
        Consumers c = new Consumers(scenario.consumers());
        double[] segmentCdf = cdf(p.segments().shares());
        double[] tierCdf = cdf(p.tiers().shares());
        double[] storeCdf = cdf(scenario.stores().stream().mapToDouble(s -> s.catchment()).toArray());
        GammaSampler needs = new GammaSampler(p.needShape(), p.needRate() / p.needShape());
        double sigma = p.basketSigma();
        for (int i = 0; i < c.n; i++) {
            byte seg = (byte) pick(segmentCdf, rng.nextDouble());
            c.segment[i] = seg;
            c.parent[i] = seg != 2 && rng.nextDouble() < p.parentShare();
            c.tier[i] = (byte) pick(tierCdf, rng.nextDouble());
            c.interests[i] = drawInterests(seg, c.parent[i], rng);
            c.store[i] = (short) pick(storeCdf, rng.nextDouble());
            c.distance[i] = (float) rng.nextDouble();
            c.needRate[i] = (float) needs.sample(rng);
            // mu so that the lognormal's mean is the tier's mean basket
            c.basketMu[i] = (float) (Math.log(p.basket().of(c.tier[i])) - sigma * sigma / 2);
            c.priceSensitivity[i] = (float) beta(p.priceSensitivity(), rng);
            c.sharePropensity[i] = (float) beta(p.sharePropensity(), rng);
            c.susceptibility[i] = (float) beta(p.susceptibility(), rng);
            // far consumers give the store less of their needs
            double distanceFactor = 1 + p.distanceEffect() * (0.5 - c.distance[i]);
            c.loyalty[i] = (float) Math.min(1, beta(p.loyalty(), rng) * distanceFactor);
            c.potential[i] = c.loyalty[i];
            c.dropout[i] = p.hasDropout() ? (float) beta(p.dropoutA(), p.dropoutB(), rng) : 0f;
            boolean customer = rng.nextDouble() < p.aware();
            if (!customer) {
                // not a customer yet: hearing of the store wins it only a sliver of their needs at first
                c.loyalty[i] *= p.prospectLoyalty();
            }
            if (customer) {
                c.everAware[i] = true;
                c.ladder[i] = Ladder.AWARE;
                // a customer already: some tie from past visits, and a last visit some time ago
                c.tie[i] = (float) beta(p.customerTie(), rng);
                double visitRate = -Math.expm1(-c.needRate[i] * c.loyalty[i]);
                c.lastVisit[i] = -1 - (int) Math.min(365, Math.floor(Math.log(1 - rng.nextDouble()) / Math.log1p(-visitRate)));
            }
            if (entryDays != null) {
                enter(c, i, entryDays[i]);
            } else if (p.entry() != null) {
                arrive(c, i, p.entry(), rng);
            }
        }
        return c;
    }

    /**
     * Draws whether household i is one of the cohort that arrives later, and when: until its entry day it
     * is gone (no phase touches it) and uncounted; its last visit is shifted to before its entry.
     */
    static void arrive(Consumers c, int i, shequn.scenario.Population.Entry entry, MersenneTwisterFast rng) {
        if (rng.nextDouble() >= entry.share()) {
            return;
        }
        enter(c, i, entry.firstDay() + rng.nextInt(entry.lastDay() - entry.firstDay() + 1));
    }

    /** Household i enters on {@code day}: gone until then, its last visit shifted to before it. */
    static void enter(Consumers c, int i, int day) {
        c.entryDay[i] = day;
        if (day > 0) {
            c.gone[i] = true;
            if (c.lastVisit[i] != Consumers.NEVER) {
                c.lastVisit[i] += day;
            }
        }
    }

    private static int drawInterests(int seg, boolean parent, MersenneTwisterFast rng) {
        int mask = 0;
        Interest[] all = Interest.values();
        for (int k = 0; k < all.length; k++) {
            double pr = all[k] == Interest.PARENTING && parent ? PARENT_PARENTING : INTEREST_BY_SEGMENT[seg][k];
            if (rng.nextDouble() < pr) {
                mask |= all[k].bit();
            }
        }
        return mask;
    }

    /** A Beta(4m, 4(1-m)) draw: mean m, spread that keeps most people near but not at it. */
    static double beta(double mean, MersenneTwisterFast rng) {
        return beta(4 * mean, 4 * (1 - mean), rng);
    }

    /** A Beta(a, b) draw as a ratio of gammas; a mean at 0 or 1 (a or b at 0) gives that value. */
    static double beta(double a, double b, MersenneTwisterFast rng) {
        if (a <= 0 || b <= 0) {
            return a <= 0 ? 0 : 1;
        }
        double x = GammaSampler.standard(a, rng);
        double y = GammaSampler.standard(b, rng);
        return x / (x + y);
    }

    static double[] cdf(double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double[] cdf = new double[weights.length];
        double run = 0;
        for (int i = 0; i < weights.length; i++) {
            run += weights[i] / total;
            cdf[i] = run;
        }
        cdf[weights.length - 1] = 1.0;
        return cdf;
    }

    static int pick(double[] cdf, double u) {
        for (int i = 0; i < cdf.length; i++) {
            if (u < cdf[i]) {
                return i;
            }
        }
        return cdf.length - 1;
    }
}
