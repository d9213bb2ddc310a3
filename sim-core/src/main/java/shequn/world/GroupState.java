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
