package shequn.world;

import shequn.scenario.Group;

/**
 * One customer group at run time: its members in index arrays (member k is consumer
 * {@code members[k]}), their engagement and how many red packets each has grabbed.
 */
public final class GroupState {
    public final int index;
    public final Group spec;
    public final int store;
    public final int[] members;
    public final float[] engagement;
    public final short[] grabs;
    public final int[] joinedOn;
    /** Members by age band and tier, kept up to date so relevance is O(1) per member. */
    public final int[] bySegment = new int[3];
    public final int[] byTier = new int[3];
    public int size;
    public int left;
    public int joined;
    /** Junk share today: it creeps up when nobody moderates (unmanaged groups die). */
    public double junk;
    /** Until this day, members see a new product (product activation) and buy a bit more. */
    public int productUntil = Integer.MIN_VALUE;
    /** The product being pushed while {@link #productUntil} lasts. */
    public int hero = -1;
    /** Recent purchases' hero items (a Pólya urn): friends copy friends' picks, so hits concentrate. */
    public final int[] recentPicks = new int[256];
    public int pickCount;
    public int activeToday;
    /** Store messages sent into the group today: each lever firing here is one (manager posts are added in phase 2). */
    public int pushesToday;
    /** Store messages per day, averaged over the last {@code behaviour.push_memory} days: the group's push load. */
    public double pushLoad;
    /**
     * Share of what arrives that a member still reads: {@code min(1, attention / messages)} from yesterday's
     * load. A push's effect on each reader is scaled by it, so frequency has diminishing returns.
     */
    public double attentionShare = 1;
    /** How fresh the push being delivered is (1 but while a worn-out campaign fires: see {@link #novelty}). */
    public double freshness = 1;
    /** Firings of each campaign in this group over the last month or so: a tally with a 30-day memory. */
    private double[] recent = new double[0];
    private int[] recentDay = new int[0];

    /**
     * Records campaign c firing here on {@code day} and returns how fresh it is: members take about
     * {@code tolerated} firings of one campaign a month without tiring of it; each firing beyond wears its
     * pull down, {@code 1 / (1 + excess / wearOut)} (a new item every day is no longer new).
     */
    public double novelty(int c, int day, double tolerated, double wearOut) {
        if (c >= recent.length) {
            recent = java.util.Arrays.copyOf(recent, c + 1);
            recentDay = java.util.Arrays.copyOf(recentDay, c + 1);
        }
        double tally = recent[c] * Math.exp(-(day - recentDay[c]) / 30.0);
        recent[c] = tally + 1;
        recentDay[c] = day;
        double excess = tally - tolerated;
        return excess <= 0 ? 1 : 1 / (1 + excess / wearOut);
    }

    public GroupState(int index, Group spec, int store) {
        this.index = index;
        this.spec = spec;
        this.store = store;
        int cap = spec.maxSize();
        members = new int[cap];
        engagement = new float[cap];
        grabs = new short[cap];
        joinedOn = new int[cap];
        junk = spec.junkShare();
        pushLoad = spec.manager() ? spec.postsPerDay() : 0;
    }

    public boolean full() {
        return size >= spec.maxSize();
    }

    public int find(int consumer) {
        for (int k = 0; k < size; k++) {
            if (members[k] == consumer) {
                return k;
            }
        }
        return -1;
    }

    public void recordPick(int sku) {
        recentPicks[pickCount % recentPicks.length] = sku;
        pickCount++;
    }
}
