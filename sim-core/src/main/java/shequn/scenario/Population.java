package shequn.scenario;

/**
 * Who lives in the stores' catchment. Shares must each sum to 1; rates are per day.
 *
 * @param consumers       number of consumers (the path {@code population.consumers} scales a run)
 * @param segments        age-band shares
 * @param parentShare     share of young and middle-aged consumers who are parents (宝妈)
 * @param tiers           spending-tier shares
 * @param needRate        mean category needs per consumer per day (gamma-distributed across people)
 * @param needShape       gamma shape of the need rate: small = very uneven shoppers
 * @param basket          mean basket in yuan by tier (lognormal around it)
 * @param basketSigma     lognormal sigma of a basket
 * @param priceSensitivity mean price sensitivity in [0,1]
 * @param sharePropensity mean chance a satisfied buyer tells friends, per purchase
 * @param susceptibility  mean responsiveness to contact (scales every tie gain)
 * @param loyalty         mean share of a consumer's needs served by our store at the start
 * @param aware           share of consumers who know the store at the start
 * @param distanceEffect  how much distance to the store lowers a customer's loyalty (0: not at all)
 * @param dropout         mean chance a customer defects for good right after a purchase
 *                        (Beta(4m, 4(1-m)) across people; the BG/NBD dropout process): a shorthand for
 * @param entry           a cohort that arrives over time: {@code share} of the households enter on a day drawn
 *                        evenly from {@code first_day} to {@code last_day}; before it they do nothing and count
 *                        nowhere (none by default: everyone is there on day 0)
 * @param dropoutBeta     the dropout chance's Beta(a, b) across people, both free (BG/NBD's a and b); when
 *                        given, {@code dropout} must be 0
 * @param seedUsers       consumers (0-based indices) who already know the store and talk about it on day 0
 * @param turnover        share of households moving out per year; each home is taken by a newcomer who has
 *                        not heard of the store (why a store without community settles, SF4)
 * @param prospectLoyalty loyalty of a household that does not know the store yet (at the start, or a newcomer),
 *                        as a share of what it would give as a customer
 * @param customerTie     mean tie strength of an existing customer at day 0: about what regular visits alone sustain
 * @param catchment       {@code own}: each store brings {@code consumers × its catchment} households of its own (a
 *                        second store adds its neighbourhood); {@code shared}: the stores split {@code consumers}
 *                        between them by catchment weight (competing for the same households)
 */
public record Population(
        Integer consumers,
        Segments segments,
        Double parentShare,
        Tiers tiers,
        Double needRate,
        Double needShape,
        Basket basket,
        Double basketSigma,
        Double priceSensitivity,
        Double sharePropensity,
        Double susceptibility,
        Double loyalty,
        Double aware,
        Double distanceEffect,
        Double dropout,
        DropoutBeta dropoutBeta,
        Entry entry,
        java.util.List<Integer> seedUsers,
        Double turnover,
        Double prospectLoyalty,
        Double customerTie,
        Catchment catchment) {

    public Population {
        consumers = consumers == null ? 10_000 : consumers;
        segments = segments == null ? new Segments(null, null, null) : segments;
        parentShare = parentShare == null ? 0.25 : parentShare;
        tiers = tiers == null ? new Tiers(null, null, null) : tiers;
        needRate = needRate == null ? 0.15 : needRate;
        needShape = needShape == null ? 2.0 : needShape;
        basket = basket == null ? new Basket(null, null, null) : basket;
        basketSigma = basketSigma == null ? 0.5 : basketSigma;
        priceSensitivity = priceSensitivity == null ? 0.5 : priceSensitivity;
        sharePropensity = sharePropensity == null ? 0.08 : sharePropensity;
        susceptibility = susceptibility == null ? 0.5 : susceptibility;
        loyalty = loyalty == null ? 0.55 : loyalty;
        aware = aware == null ? 0.6 : aware;
        distanceEffect = distanceEffect == null ? 0.5 : distanceEffect;
        dropout = dropout == null ? 0.0 : dropout;
        turnover = turnover == null ? 0.12 : turnover;
        prospectLoyalty = prospectLoyalty == null ? 0.1 : prospectLoyalty;
        customerTie = customerTie == null ? 0.12 : customerTie;
        catchment = catchment == null ? Catchment.OWN : catchment;
        seedUsers = seedUsers == null ? java.util.List.of() : java.util.List.copyOf(seedUsers);
    }

    /** Mean basket in yuan per spending tier. */
    public record Basket(Double low, Double mid, Double high) {
        public Basket {
            low = low == null ? 45.0 : low;
            mid = mid == null ? 80.0 : mid;
            high = high == null ? 140.0 : high;
        }

        public double of(int tier) {
            return tier == 0 ? low : tier == 1 ? mid : high;
        }
    }

    /** Whether each store brings its own households or the stores share one population. */
    public enum Catchment {
        @com.fasterxml.jackson.annotation.JsonProperty("own") OWN,
        @com.fasterxml.jackson.annotation.JsonProperty("shared") SHARED
    }

    /** Beta(a, b) of the dropout chance; both must be positive. */
    public record DropoutBeta(Double a, Double b) {
    }

    /** Beta {@code a} of the dropout chance: {@code dropout_beta.a}, or 4 × {@code dropout}. */
    public double dropoutA() {
        return dropoutBeta != null ? dropoutBeta.a() : 4 * dropout;
    }

    /** Beta {@code b} of the dropout chance: {@code dropout_beta.b}, or 4 × (1 − {@code dropout}). */
    public double dropoutB() {
        return dropoutBeta != null ? dropoutBeta.b() : 4 * (1 - dropout);
    }

    /** Whether anyone can defect after a purchase. */
    public boolean hasDropout() {
        return dropoutBeta != null || dropout > 0;
    }

    /** Households who arrive over time (a cohort acquired week by week, new homes). */
    public record Entry(Double share, Integer firstDay, Integer lastDay, String file) {
        public Entry {
            // with a file of entry days nothing is drawn: share and first_day keep no default to conflict with it
            share = share == null && file == null ? Double.valueOf(1.0) : share;
            firstDay = firstDay == null && file == null ? Integer.valueOf(0) : firstDay;
        }
    }
}
