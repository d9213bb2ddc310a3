package shequn.campaigns;

import ec.util.MersenneTwisterFast;
import shequn.groups.GroupState;
import shequn.population.Consumers;
import shequn.scenario.Campaign;
import shequn.stores.StoreState;
import shequn.world.World;

/**
 * 活动激活: events in store (tastings, picking trips, parent-child days — capacity-limited, and
 * each attendee is a store visit) or online (no capacity, a weaker contact). Invitations go to
 * the targeted groups' members, or to the store's recent customers when it has no group.
 */
final class Events {
    private Events() {
    }

    static void hold(World w, int c) {
        Campaign campaign = w.plan.get(c);
        for (StoreState s : w.stores) {
            if (Levers.targets(campaign, s)) {
                holdIn(w, c, s);
            }
        }
    }

    static void holdIn(World w, int c, StoreState s) {
        Campaign campaign = w.plan.get(c);
        boolean online = campaign.channel() == Campaign.Channel.ONLINE;
        int capacity = online ? Integer.MAX_VALUE : s.spec.eventCapacity();
        int[] attended = {0};
        boolean anyGroup = false;
        for (GroupState g : w.groups) {
            if (g.store == s.index && Levers.targets(w, campaign, g)) {
                anyGroup = true;
                for (int k = 0; k < g.size && attended[0] < capacity; k++) {
                    double accept = w.behaviour.acceptInvite() * g.engagement[k] * (online ? 0.5 : 1);
                    if (w.rng.nextDouble() < accept && attend(w, c, g.members[k], online)) {
                        Levers.boost(g, k, online ? 0.1 : 0.2);
                        attended[0]++;
                    }
                }
            }
        }
        if (!anyGroup && campaign.group() == null) {
            inviteRecentCustomers(w, c, s, capacity, online);
        }
    }

    static void inviteRecentCustomers(World w, int c, StoreState s, int capacity, boolean online) {
        Consumers people = w.people;
        MersenneTwisterFast rng = w.rng;
        int attended = 0;
        int draws = Math.min(people.n, 20 * Math.min(capacity, 1000));
        for (int d = 0; d < draws && attended < capacity; d++) {
            int i = rng.nextInt(people.n);
            boolean recent = people.lastVisit[i] >= w.day - 30;
            double accept = w.behaviour.acceptInvite() * 0.5 * (online ? 0.5 : 1);
            if (people.store[i] == s.index && recent && rng.nextDouble() < accept && attend(w, c, i, online)) {
                attended++;
            }
        }
    }

    /** One attendee: pays per head, a strong contact, and (in store) a visit today. */
    static boolean attend(World w, int c, int i, boolean online) {
        if (w.people.gone[i] || !w.plan.pay(c, w.plan.get(c).unitCost())) {
            return false;
        }
        w.contact(i, w.behaviour.eventGain() * (online ? 0.5 : 1));
        w.today.eventAttendees++;
        if (online) {
            w.triggerOnline(i);
        } else {
            w.trigger(i);
        }
        return true;
    }
}
