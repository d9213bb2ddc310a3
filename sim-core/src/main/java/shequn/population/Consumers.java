package shequn.population;

/**
 * Every consumer's traits and state, as parallel primitive arrays (struct of arrays): consumer
 * {@code i} is index {@code i} in each. No object per consumer, so a day's sweep is a linear scan.
 */
public final class Consumers {
    public static final int NEVER = Integer.MIN_VALUE / 2;
    /** Groups one consumer can belong to at once. */
    public static final int MAX_GROUPS = 3;

    public final int n;

    // Traits, drawn once when the world is built.
    public final byte[] segment;
    public final boolean[] parent;
    public final byte[] tier;
    public final int[] interests;
    public final short[] store;
    public final float[] distance;
    public final float[] needRate;
    public final float[] basketMu;
    public final float[] priceSensitivity;
    public final float[] sharePropensity;
    public final float[] susceptibility;
    /** Chance of defecting for good right after a purchase (0 for most scenarios). */
    public final float[] dropout;
    /**
     * The share of needs the household would give the store as a customer (the loyalty drawn for its home).
     * Habit settles a household at {@code behaviour.habit} of it when the store has no tie to them (SF4).
     */
    public final float[] potential;

    // State, changed day by day.
    public final float[] tie;
    public final float[] loyalty;
    public final float[] gain;
    public final byte[] ladder;
    public final boolean[] everAware;
    public final boolean[] advocate;
    public final boolean[] gone;
    /** Day the household arrives (population.entry); 0 for those there from the start. Before it: gone, uncounted. */
    public final int[] entryDay;
    public final short[] follows;
    public final int[] groups;
    public final int[] lastVisit;
    /** Day a lapsed customer will be gone for good unless they come back first (NEVER: not lapsed). */
    public final int[] churnDay;
    public final int[] lastBuy;
    public final int[] prevBuy;
    public final int[] purchases;
    /** Campaign whose coupon i holds (-1: none), valid until couponExpiry. */
    public final int[] coupon;
    public final int[] couponExpiry;
    public final int[] referrer;
    public final int[] cascade;

    public Consumers(int n) {
        this.n = n;
        segment = new byte[n];
        parent = new boolean[n];
        tier = new byte[n];
        interests = new int[n];
        store = new short[n];
        distance = new float[n];
        needRate = new float[n];
        basketMu = new float[n];
        priceSensitivity = new float[n];
        sharePropensity = new float[n];
        susceptibility = new float[n];
        dropout = new float[n];
        potential = new float[n];
        tie = new float[n];
        loyalty = new float[n];
        gain = new float[n];
        ladder = new byte[n];
        everAware = new boolean[n];
        advocate = new boolean[n];
        gone = new boolean[n];
        entryDay = new int[n];
        follows = new short[n];
        groups = new int[n * MAX_GROUPS];
        java.util.Arrays.fill(groups, -1);
        lastVisit = filled(n, NEVER);
        churnDay = filled(n, NEVER);
        lastBuy = filled(n, NEVER);
        prevBuy = filled(n, NEVER);
        purchases = new int[n];
        coupon = filled(n, -1);
        couponExpiry = filled(n, NEVER);
        referrer = filled(n, -1);
        cascade = filled(n, -1);
    }

    /** Bytes held per consumer by these arrays (for the memory estimate). */
    public static long bytesPerConsumer() {
        return 1 + 1 + 1 + 4 + 2 + 4 * 8 + 4 * 3 + 4 + 1 + 1 + 1 + 1 + 2 + 4 * MAX_GROUPS + 4 * 5 + 4 + 4 + 4 + 4;
    }

    public boolean isMember(int i) {
        return groups[i * MAX_GROUPS] >= 0;
    }

    public boolean inGroup(int i, int g) {
        int base = i * MAX_GROUPS;
        for (int k = 0; k < MAX_GROUPS; k++) {
            if (groups[base + k] == g) {
                return true;
            }
        }
        return false;
    }

    /** Records that i joined g; false when i already belongs to the most groups one can. */
    public boolean addGroup(int i, int g) {
        int base = i * MAX_GROUPS;
        for (int k = 0; k < MAX_GROUPS; k++) {
            if (groups[base + k] < 0) {
                groups[base + k] = g;
                return true;
            }
        }
        return false;
    }

    /** Removes g from i's groups, keeping the remaining ones packed at the front. */
    public void removeGroup(int i, int g) {
        int base = i * MAX_GROUPS;
        int w = 0;
        for (int k = 0; k < MAX_GROUPS; k++) {
            int x = groups[base + k];
            if (x >= 0 && x != g) {
                groups[base + w++] = x;
            }
        }
        while (w < MAX_GROUPS) {
            groups[base + w++] = -1;
        }
    }

    public int firstGroup(int i) {
        return groups[i * MAX_GROUPS];
    }

    /**
     * Linked to the store: a group member — the WEAK rung at least. Following a KOL is a relationship with the
     * KOL, not with the store: a follower climbs the ladder only through the contacts the KOL's posts bring.
     */
    public boolean linked(int i) {
        return isMember(i);
    }

    private static int[] filled(int n, int value) {
        int[] a = new int[n];
        java.util.Arrays.fill(a, value);
        return a;
    }
}
