package shequn.groups;

import shequn.population.Consumers;
import shequn.scenario.Group;
import shequn.world.GroupState;
import shequn.world.World;

/** Who may join which group, and joining and leaving with the bookkeeping both sides need. */
public final class Membership {
    private Membership() {
    }

    /** Whether consumer i is in the group's target segment and tier. */
    public static boolean fits(Consumers c, int i, Group g) {
        return inSegment(c, i, g.segment()) && (g.tier() == Group.TierTarget.ANY || c.tier[i] == g.tier().ordinal() - 1);
    }

    /** Whether consumer i belongs to a target segment (an age band, parents, or anyone). */
    public static boolean inSegment(Consumers c, int i, Group.SegmentTarget segment) {
        return switch (segment) {
            case ANY -> true;
            case YOUNG -> c.segment[i] == 0;
            case MIDDLE -> c.segment[i] == 1;
            case SENIOR -> c.segment[i] == 2;
            case PARENT -> c.parent[i];
        };
    }

    /**
     * The group of i's home store that i would be invited into: one made for people like them
     * and not full, preferring a theme they care about; -1 if none.
     */
    public static int groupFor(World w, int i) {
        Consumers c = w.people;
        int best = -1;
        double bestScore = -1;
        for (GroupState g : w.groups) {
            if (g.store != c.store[i] || g.spec.vip() || g.full() || !fits(c, i, g.spec) || c.inGroup(i, g.index)) {
                continue;
            }
            // a group on their theme first; among equals, the emptier one
            double score = themeFit(c, i, g, w.scenario.engagement().offThemeFit()) + 0.1 * (1 - (double) g.size / g.spec.maxSize());
            if (score > bestScore) {
                bestScore = score;
                best = g.index;
            }
        }
        return best;
    }

    /** 1 if the group's theme is one of i's interests, else {@code offTheme} ({@code engagement.off_theme_fit}). */
    public static double themeFit(Consumers c, int i, GroupState g, double offTheme) {
        return (c.interests[i] & g.spec.theme().bit()) != 0 ? 1.0 : offTheme;
    }

    /** Adds i to group g; false if the group is full or i is in as many groups as one can be. */
    public static boolean join(World w, int i, int g) {
        GroupState group = w.groups[g];
        Consumers c = w.people;
        if (group.full() || c.gone[i] || c.inGroup(i, g) || !c.addGroup(i, g)) {
            return false;
        }
        int k = group.size++;
        group.members[k] = i;
        // new members start curious: active, but not for long unless the group is worth it
        group.engagement[k] = w.scenario.engagement().newMember().floatValue();
        group.grabs[k] = 0;
        group.joinedOn[k] = w.day;
        group.bySegment[c.segment[i]]++;
        group.byTier[c.tier[i]]++;
        group.joined++;
        w.today.joins++;
        w.contact(i, w.scenario.engagement().joinContacts() * w.behaviour.groupGain()); // joining is a contact too
        return true;
    }

    /** Removes member slot k from group g (swap with the last slot). */
    public static void leave(World w, int g, int k) {
        GroupState group = w.groups[g];
        Consumers c = w.people;
        int i = group.members[k];
        int last = --group.size;
        group.members[k] = group.members[last];
        group.engagement[k] = group.engagement[last];
        group.grabs[k] = group.grabs[last];
        group.joinedOn[k] = group.joinedOn[last];
        group.bySegment[c.segment[i]]--;
        group.byTier[c.tier[i]]--;
        c.removeGroup(i, g);
        w.touch(i); // may fall off the WEAK rung tonight
        group.left++;
        w.today.exits++;
    }
}
