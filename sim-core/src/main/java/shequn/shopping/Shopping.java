package shequn.shopping;

import ec.util.MersenneTwisterFast;
import shequn.campaigns.levers.MiniProgram;
import shequn.campaigns.levers.StaffInvite;
import shequn.groups.Membership;
import shequn.population.Consumers;
import shequn.population.Ladder;
import shequn.scenario.Behaviour;
import shequn.stores.StoreState;
import shequn.world.IntList;
import shequn.world.NeedCalendar;
import shequn.world.World;

/**
 * Phase 4, consumer decisions. A need arrives (from the calendar) and the consumer shops with us
 * with the chance their loyalty gives (small for those who have never heard of us: they walk in
 * by chance), or a campaign, group post or friend prompted a visit. One trip a day at most. In store, a QR
 * code or a staff member may bring them into a group. Then conversion, basket and satisfaction;
 * see {@link Purchase}.
 */
public final class Shopping {
    private Shopping() {
    }

    public static void step(World w) {
        MersenneTwisterFast rng = w.rng;
        Consumers c = w.people;
        NeedCalendar needs = w.needs;
        int day = w.day;
        for (int i = 0; i < c.n; i++) {
            if (needs.due(i, day)) {
                needs.reschedule(i, day);
                if (c.gone[i]) {
                    continue;
                }
                if (rng.nextDouble() < c.loyalty[i]) {
                    visit(w, i, false);
                } else if (ordersOnlineInstead(w, i)) {
                    w.triggeredOnline[i] = true;
                    visit(w, i, false);
                    w.triggeredOnline[i] = false;
                }
            }
        }
        IntList triggered = w.triggered;
        for (int k = 0; k < triggered.size(); k++) {
            int i = triggered.get(k);
            if (!c.gone[i] && c.lastVisit[i] != w.day) {
                visit(w, i, true);
            }
            w.triggeredOnline[i] = false;
            c.referrer[i] = -1;
        }
        triggered.clear();
    }

    static void visit(World w, int i, boolean prompted) {
        Consumers c = w.people;
        StoreState store = w.stores[c.store[i]];
        boolean online = w.triggeredOnline[i] || shopsOnline(w, i, store);
        if (online) {
            w.today.trafficOnline++;
        } else {
            w.today.trafficOffline++;
        }
        w.makeAware(i);
        w.census.visited(i, w.day);
        c.lastVisit[i] = w.day;
        c.churnDay[i] = Consumers.NEVER; // back before a lapse ended in churn: a later lapse draws afresh
        w.contact(i, w.behaviour.visitGain());
        countVisit(w, i, store.index, prompted);
        if (!online) {
            buildGroups(w, i, store);
        }
        if (Purchase.decide(w, i, store, prompted) && online) {
            w.today.operatingCost += w.scenario.levers().of(MiniProgram.Response.class).deliveryCost();
        }
        c.referrer[i] = -1;
    }

    /**
     * O+O wins needs the store would lose: a linked household whose need would go to a competitor
     * orders it on the mini-program instead, with chance {@code levers.mini_program.capture} times
     * {@code 0.5 + distance} (delivery matters most to those who live far).
     */
    static boolean ordersOnlineInstead(World w, int i) {
        Consumers c = w.people;
        StoreState store = w.stores[c.store[i]];
        return store.onlineOrdering() && c.ladder[i] >= Ladder.WEAK
                && w.rng.nextDouble() < w.scenario.levers().of(MiniProgram.Response.class).capture() * (0.5 + c.distance[i]);
    }

    /** With the mini-program live, linked customers order some of their trips online, far ones more. */
    static boolean shopsOnline(World w, int i, StoreState store) {
        Consumers c = w.people;
        return store.onlineOrdering() && c.ladder[i] >= Ladder.WEAK
                && w.rng.nextDouble() < w.behaviour.onlineShare() * (0.5 + c.distance[i]);
    }

    /** 建群 in store: the QR code on display, or a staff member's invitation (accepted ~70%, seed 001). */
    static void buildGroups(World w, int i, StoreState store) {
        if (!store.qrToday && store.staffInviteToday <= 0) {
            return;
        }
        Consumers c = w.people;
        MersenneTwisterFast rng = w.rng;
        Behaviour b = w.behaviour;
        int g = c.isMember(i) ? -1 : Membership.groupFor(w, i);
        if (g < 0) {
            return;
        }
        if (store.qrToday && rng.nextDouble() < store.spec.qrJoinRate()) {
            Membership.join(w, i, g);
        } else if (store.staffInviteToday > 0 && rng.nextDouble() < store.staffInviteToday
                && w.plan.pay(store.staffInviteCampaign, w.plan.get(store.staffInviteCampaign).lever(StaffInvite.class).unitCost())
                && rng.nextDouble() < b.acceptInvite()) {
            Membership.join(w, i, g);
        }
    }

    static void countVisit(World w, int i, int store, boolean prompted) {
        Consumers c = w.people;
        w.today.byStore.traffic[store]++;
        w.today.bySegment.traffic[c.segment[i]]++;
        w.today.byLadder.traffic[c.ladder[i]]++;
        if (prompted) {
            w.today.triggeredByLadder.traffic[c.ladder[i]]++;
        }
    }
}
