package shequn.population;

/**
 * The brand-relationship ladder (seed 000: 无关系 → 弱关系 → 强关系). States are read off a
 * continuous tie strength with thresholds; being linked to the store (group member, KOL follower)
 * puts a consumer on the WEAK rung at least.
 */
public final class Ladder {
    public static final byte NONE = 0;
    public static final byte AWARE = 1;
    public static final byte WEAK = 2;
    public static final byte STRONG = 3;
    public static final String[] NAMES = {"none", "aware", "weak", "strong"};

    private Ladder() {
    }
}
