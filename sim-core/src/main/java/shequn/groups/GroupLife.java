package shequn.groups;

import ec.util.MersenneTwisterFast;
import shequn.network.SocialGraph;
import shequn.population.Consumers;
import shequn.scenario.Behaviour;
import shequn.scenario.Engagement;
import shequn.world.GroupState;
import shequn.world.World;

/**
 * Phase 2, a day in each group (seed 001, 第三步运营). Members' engagement drifts toward what the
 * group is worth to them: its relevance (theme fit, and how many members share their age band and
 * spending tier — mixed groups are worth less), the manager's posts, minus fatigue from junk and
 * from more messages than anyone reads. Engagement sets who is active, lurking or muted, and muted
 * members drift out. Reading the group is a contact with the store and can prompt a visit; active
 * members chat one-on-one, which makes strangers acquaintances and acquaintances friends.
 */
public final class GroupLife {
    private GroupLife() {
    }

    public static void step(World w) {
        for (GroupState g : w.groups) {
            if (g.size > 0) {
                if (g.spec.manager()) {
                    w.today.operatingCost += g.spec.managerCost();
                }
                live(w, g);
            }
        }
    }

    static void live(World w, GroupState g) {
        Behaviour b = w.behaviour;
        Engagement p = w.scenario.engagement();
        Consumers c = w.people;
        MersenneTwisterFast rng = w.rng;
        moderate(g, p);
        double quality = quality(g, p);
        double chatter = p.chatPerActive() * g.activeToday;
        double messages = chatter + b.pushWeight() * load(w, g);
        double fatigue = p.junkFatigue() * g.junk * chatter / b.attention() + overload(b, messages);
        g.attentionShare = Math.min(1, b.attention() / Math.max(1e-9, messages));
        double posts = g.spec.manager() ? g.spec.postsPerDay() : 0;
        double promoShare = posts > 0 ? 1.0 : 0.3;
        int active = 0;
        double worth = p.worth() * quality;
        double base = p.base();
        double spread = p.spread();
        double offTopicFatigue = p.offTopicFatigue() * chatter / b.attention();
        double offset = p.offset();
        double speed = p.speed();
        for (int k = 0; k < g.size; k++) {
            int i = g.members[k];
            double r = relevance(c, i, g, p);
            double offTopic = offTopicFatigue * (1 - similarity(c, i, g));
            double target = worth * r * (base + spread * c.susceptibility[i]) - fatigue - offTopic - offset;
            target = Math.max(0, Math.min(1, target));
            float e = (float) (g.engagement[k] + speed * (target - g.engagement[k]));
            g.engagement[k] = e;
            if (rng.nextDouble() < exitChance(e, r, fatigue, b.overloadExit(), p)) {
                Membership.leave(w, g.index, k);
                k--;
                continue;
            }
            if (MemberStatus.active(e)) {
                active++;
                chat(w, g, k, rng, p.chatWithKnown(), p.triadicClosure());
            }
            if (!c.gone[i] && rng.nextDouble() < MemberStatus.readChance(e)) {
                w.contact(i, b.groupGain() * r * quality * g.attentionShare);
                if (rng.nextDouble() < b.exposureVisit() * r * promoShare * g.attentionShare) {
                    w.trigger(i);
                }
            }
        }
        g.activeToday = active;
    }

    /** Relevance of group g to member i: theme fit and the share of members like them. */
    public static double relevance(Consumers c, int i, GroupState g, Engagement p) {
        double size = Math.max(1, g.size);
        double sameSegment = g.bySegment[c.segment[i]] / size;
        double sameTier = g.byTier[c.tier[i]] / size;
        double like = (1 - p.themeWeight()) / 2;
        return p.themeWeight() * Membership.themeFit(c, i, g, p.offThemeFit()) + like * sameSegment + like * sameTier;
    }

    /** Share of the group in i's age band and spending tier (both): how much of the chat is for them. */
    static double similarity(Consumers c, int i, GroupState g) {
        double size = Math.max(1, g.size);
        // parents talk parenting whatever their age: in a parents' group the age band does not divide
        double sameSegment = g.spec.segment() == shequn.scenario.Group.SegmentTarget.PARENT ? 1 : g.bySegment[c.segment[i]] / size;
        return sameSegment * (g.byTier[c.tier[i]] / size);
    }

    /** What reading the group is worth: a skilled manager's posts, or members' chat alone. */
    static double quality(GroupState g, Engagement p) {
        double base = g.spec.manager() ? p.qualityBase() + p.qualitySkill() * g.spec.managerSkill() : p.unmanagedQuality();
        return base * (1 - 0.5 * g.junk);
    }

    /** A manager keeps junk near the rules' level; without one, junk creeps up and the group dies. */
    static void moderate(GroupState g, Engagement p) {
        if (g.spec.manager()) {
            double floor = g.spec.junkShare() * (1 - g.spec.managerSkill());
            g.junk += p.moderation() * g.spec.managerSkill() * (floor - g.junk);
        } else {
            g.junk += p.junkCreep() * (p.unmoderatedJunk() - g.junk);
        }
    }

    static double exitChance(float e, double relevance, double fatigue, double overloadExit, Engagement p) {
        double muted = MemberStatus.muted(e) ? p.mutedExit() * (1.2 - relevance) : 0;
        return p.baseExit() + muted + overloadExit * Math.min(1, fatigue);
    }

    /**
     * One attention budget (DESIGN, model principle 2): the manager's posts and every lever firing in
     * the group today are store messages; their load is averaged over {@code push_memory} days, since
     * members tire of a week of pushes, not of one day's.
     */
    static double load(World w, GroupState g) {
        double posts = g.spec.manager() ? g.spec.postsPerDay() : 0;
        double today = posts + g.pushesToday;
        g.pushesToday = 0;
        g.pushLoad += (today - g.pushLoad) / w.behaviour.pushMemory();
        return g.pushLoad;
    }

    /** Fatigue from more messages (chat, plus store messages at {@code push_weight} each) than members read. */
    static double overload(Behaviour b, double messages) {
        return b.overloadFatigue() * Math.max(0, messages - b.attention()) / b.attention();
    }

    /**
     * One-on-one chat: mostly with someone already known from the group, sometimes with a new member — and
     * then, with chance {@code closure}, with a friend of one's friends who is in the group (the new tie
     * closes a triangle, so group-born ties thicken existing circles: 把生人变成熟人), else with anyone.
     */
    static void chat(World w, GroupState g, int k, MersenneTwisterFast rng, double chatWithKnown, double closure) {
        Behaviour b = w.behaviour;
        if (g.size < 2 || rng.nextDouble() >= b.coMemberTieRate()) {
            return;
        }
        int a = g.members[k];
        SocialGraph ties = w.ties;
        int known = ties.extraCount(a);
        int other;
        if (known > 0 && rng.nextDouble() < chatWithKnown) {
            other = ties.extraNeighbour(a, rng.nextInt(known));
            if (!w.people.inGroup(other, g.index)) {
                return;
            }
        } else {
            other = closure > 0 && rng.nextDouble() < closure ? friendOfFriend(w, g, a, rng) : -1;
            if (other < 0) {
                other = g.members[rng.nextInt(g.size)];
            }
            if (other == a) {
                return;
            }
        }
        ties.addWeakTie(a, other); // no-op when they already know each other
        ties.interact(a, other, b.strongTieContacts());
    }

    /** A friend of one of a's friends (both picked at random) who is in group g and not yet tied to a; -1 if not. */
    static int friendOfFriend(World w, GroupState g, int a, MersenneTwisterFast rng) {
        SocialGraph ties = w.ties;
        int f = randomTie(ties, a, rng);
        if (f < 0) {
            return -1;
        }
        int x = randomTie(ties, f, rng);
        return x >= 0 && x != a && w.people.inGroup(x, g.index) && ties.tieType(a, x) == 0 ? x : -1;
    }

    /** A tie of i, static or made during the run, at random; -1 for someone without ties. */
    static int randomTie(SocialGraph ties, int i, MersenneTwisterFast rng) {
        int d = ties.degree(i);
        int all = d + ties.extraCount(i);
        if (all == 0) {
            return -1;
        }
        int j = rng.nextInt(all);
        return j < d ? ties.neighbour(ties.start(i) + j) : ties.extraNeighbour(i, j - d);
    }
}
