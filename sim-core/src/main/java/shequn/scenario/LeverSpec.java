package shequn.scenario;

/**
 * What the scenario knows of a lever: its name, its declaration and its own fields' checks. The
 * levers themselves — records that also act on the world — are {@code shequn.campaigns.levers.Lever};
 * the scenario finds them through {@link LeverCatalog}, so that it does not depend on the engine.
 */
public interface LeverSpec {

    /** What the lever declares about itself beyond its fields. */
    About about();

    /** The lever's file spelling, e.g. {@code red_packet}. */
    default String name() {
        return about().name();
    }

    /** Adds what is wrong with the lever's own fields (and what it needs from the scenario) to {@code c}. */
    default void check(CampaignCheck c) {
    }

    /**
     * @param name      file spelling ({@code lever: red_packet})
     * @param step      which of seed 001's four steps it belongs to
     * @param every     default days between firings
     * @param cost      what one unit of its cost is
     * @param intensity the field a response curve varies
     * @param response  its section of {@code levers:} (how people respond to it); null if it has none
     */
    record About(String name, Step step, int every, String cost, Intensity intensity,
                 Class<? extends LeverResponse> response) {
    }

    /** Which of seed 001's four steps a lever belongs to. */
    enum Step { BUILD, ACTIVATE, SELL, SPREAD, OPERATE }

    /**
     * The campaign field that sets a lever's intensity (its file spelling; null for a lever that is
     * only on or off) and how it is varied.
     */
    record Intensity(String field, Scale scale) {
        public static final Intensity PRESENCE = new Intensity(null, Scale.PRESENCE);
        public static final Intensity FREQUENCY = new Intensity("every", Scale.FREQUENCY);
    }

    /** How an intensity field is varied. */
    enum Scale {
        /** A non-negative amount in yuan, no upper bound. */
        LEVEL,
        /** A share in [0, 1]. */
        SHARE,
        /** Days between firings ({@code every} ≥ 1). */
        FREQUENCY,
        /** The campaign runs or does not. */
        PRESENCE
    }
}
