package shequn.metrics;

import shequn.groups.MemberStatus;
import shequn.population.Ladder;
import shequn.scenario.Segments;
import shequn.world.Census;
import shequn.world.GroupState;
import shequn.world.Ledger;
import shequn.world.World;

/** Phase 6: turns the day's ledger and census into a row of daily KPIs, then clears the ledger. */
public final class Recorder {
    /** A group is alive while at least this share of its members are active. */
    public static final double ALIVE_ACTIVE_SHARE = 0.10;

    private Recorder() {
    }

    public static void record(World w, Census census, DailyKpis kpis) {
        Ledger t = w.today;
        double[] row = new double[Kpi.values().length];
        double cost = w.plan.takeToday() + w.today.operatingCost;
        long traffic = t.traffic();
        set(row, Kpi.DAY, w.day);
        set(row, Kpi.TRAFFIC, traffic);
        set(row, Kpi.TRAFFIC_OFFLINE, t.trafficOffline);
        set(row, Kpi.TRAFFIC_ONLINE, t.trafficOnline);
        set(row, Kpi.PURCHASES, t.purchases);
        set(row, Kpi.CONVERSION, traffic == 0 ? 0 : (double) t.purchases / traffic);
        set(row, Kpi.BASKET, t.purchases == 0 ? 0 : t.gmv / t.purchases);
        set(row, Kpi.GMV, t.gmv);
        set(row, Kpi.REPEAT_RATE, census.buyersInWindow == 0 ? 0 : (double) census.repeatersInWindow / census.buyersInWindow);
        set(row, Kpi.LADDER_NONE, census.ladder[Ladder.NONE]);
        set(row, Kpi.LADDER_AWARE, census.ladder[Ladder.AWARE]);
        set(row, Kpi.LADDER_WEAK, census.ladder[Ladder.WEAK]);
        set(row, Kpi.LADDER_STRONG, census.ladder[Ladder.STRONG]);
        set(row, Kpi.ADVOCATES, census.advocates);
        groups(w, row);
        set(row, Kpi.JOINS, t.joins);
        set(row, Kpi.EXITS, t.exits);
        set(row, Kpi.WEEKLY_ACTIVES, census.weeklyActives);
        set(row, Kpi.MONTHLY_ACTIVES, census.monthlyActives);
        set(row, Kpi.CHURNED, census.churned);
        set(row, Kpi.SHARERS, t.sharers);
        set(row, Kpi.WOM_REACH, t.womReach);
        set(row, Kpi.NEWLY_AWARE, t.newlyAware);
        set(row, Kpi.AWARE, census.aware);
        set(row, Kpi.OPERATING_COST, t.operatingCost);
        set(row, Kpi.REFERRED_PURCHASES, t.referredPurchases);
        set(row, Kpi.REFERRED_NEW_BUYERS, t.referredNewBuyers);
        set(row, Kpi.KOL_REACH, t.kolReach);
        set(row, Kpi.EVENT_ATTENDEES, t.eventAttendees);
        set(row, Kpi.COUPONS_REDEEMED, t.couponsRedeemed);
        set(row, Kpi.RED_PACKET_GRABS, t.redPacketGrabs);
        set(row, Kpi.COST, cost);
        set(row, Kpi.GROSS_MARGIN, t.margin);
        set(row, Kpi.PROFIT, t.margin - cost);
        kpis.add(row);
        breakdown(w, kpis);
        t.reset();
    }

    static void groups(World w, double[] row) {
        long members = 0;
        long active = 0;
        long lurking = 0;
        long alive = 0;
        for (GroupState g : w.groups) {
            int groupActive = 0;
            for (int k = 0; k < g.size; k++) {
                float e = g.engagement[k];
                if (MemberStatus.active(e)) {
                    groupActive++;
                } else if (MemberStatus.lurking(e)) {
                    lurking++;
                }
            }
            members += g.size;
            active += groupActive;
            if (g.size > 0 && groupActive >= ALIVE_ACTIVE_SHARE * g.size) {
                alive++;
            }
        }
        set(row, Kpi.MEMBERS, members);
        set(row, Kpi.ACTIVE_MEMBERS, active);
        set(row, Kpi.LURKING_MEMBERS, lurking);
        set(row, Kpi.MUTED_MEMBERS, members - active - lurking);
        set(row, Kpi.GROUPS_ALIVE, alive);
        set(row, Kpi.GROUP_VITALITY, members == 0 ? 0 : (double) active / members);
    }

    static void breakdown(World w, DailyKpis kpis) {
        Ledger t = w.today;
        for (int s = 0; s < w.stores.length; s++) {
            add(kpis, w.day, "store", w.stores[s].spec.id(), t.byStore, s);
        }
        for (int s = 0; s < 3; s++) {
            add(kpis, w.day, "segment", Segments.NAMES[s], t.bySegment, s);
        }
        for (int r = 0; r < 4; r++) {
            add(kpis, w.day, "ladder", Ladder.NAMES[r], t.byLadder, r);
            add(kpis, w.day, "ladder_prompted", Ladder.NAMES[r], t.triggeredByLadder, r);
        }
    }

    static void add(DailyKpis kpis, int day, String dimension, String value, Ledger.Breakdown b, int k) {
        kpis.addBreakdown(new DailyKpis.BreakdownRow(day, dimension, value, b.traffic[k], b.purchases[k], b.gmv[k]));
    }

    static void set(double[] row, Kpi kpi, double value) {
        row[kpi.ordinal()] = value;
    }
}
