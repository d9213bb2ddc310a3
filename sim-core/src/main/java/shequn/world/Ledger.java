package shequn.world;

/**
 * The day's counters, filled by the phases as things happen and read once by the metrics phase.
 * Breakdowns are by home store, age band and ladder rung of the consumer at the moment of the act.
 */
public final class Ledger {
    public long trafficOffline;
    public long trafficOnline;
    public long purchases;
    public double gmv;
    public double margin;
    /** Costs of running the community that no campaign budget pays: managers' time, deliveries. */
    public double operatingCost;
    public long joins;
    public long exits;
    public long womReach;
    public long newlyAware;
    public long referredPurchases;
    public long referredNewBuyers;
    public long sharers;
    public long kolReach;
    public long eventAttendees;
    public long couponsRedeemed;
    public long redPacketGrabs;
    /** Households that moved in today (a newcomer replaced a leaver: population.turnover). */
    public long movedIn;

    public final Breakdown byStore;
    public final Breakdown bySegment = new Breakdown(3);
    public final Breakdown byLadder = new Breakdown(4);
    /** Visits that a campaign or word of mouth triggered (not a need), by ladder rung: SF1's "campaign conversion". */
    public final Breakdown triggeredByLadder = new Breakdown(4);

    public Ledger(int stores) {
        byStore = new Breakdown(stores);
    }

    public long traffic() {
        return trafficOffline + trafficOnline;
    }

    public void reset() {
        trafficOffline = 0;
        trafficOnline = 0;
        purchases = 0;
        gmv = 0;
        margin = 0;
        operatingCost = 0;
        joins = 0;
        exits = 0;
        womReach = 0;
        newlyAware = 0;
        referredPurchases = 0;
        referredNewBuyers = 0;
        sharers = 0;
        kolReach = 0;
        eventAttendees = 0;
        couponsRedeemed = 0;
        redPacketGrabs = 0;
        movedIn = 0;
        byStore.reset();
        bySegment.reset();
        byLadder.reset();
        triggeredByLadder.reset();
    }

    /** Traffic, purchases and GMV split by one dimension. */
    public static final class Breakdown {
        public final long[] traffic;
        public final long[] purchases;
        public final double[] gmv;

        Breakdown(int size) {
            traffic = new long[size];
            purchases = new long[size];
            gmv = new double[size];
        }

        void reset() {
            java.util.Arrays.fill(traffic, 0);
            java.util.Arrays.fill(purchases, 0);
            java.util.Arrays.fill(gmv, 0);
        }

        public int size() {
            return traffic.length;
        }
    }
}
