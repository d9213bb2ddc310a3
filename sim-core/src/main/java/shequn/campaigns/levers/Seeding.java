package shequn.campaigns.levers;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import shequn.groups.Membership;
import shequn.network.Celf;
import shequn.network.SeedRules;
import shequn.network.SocialGraph;
import shequn.population.Consumers;
import shequn.population.Ladder;
import shequn.scenario.Campaign;
import shequn.scenario.CampaignCheck;
import shequn.scenario.Checks;
import shequn.scenario.Group;
import shequn.scenario.LeverResponse;
import shequn.world.GroupState;
import shequn.world.IntList;
import shequn.world.World;

/**
 * Spreading, 种子用户: the store chooses seed users, gives each a gift (or a commission) and asks them to
 * talk about the store to their friends for a few days — each seed starts a word-of-mouth cascade. Who is
 * chosen is the rule: at {@code random}, the most connected ({@code degree}), the best bridges between
 * circles ({@code bridging}), {@code degree_discount} (influence maximisation's cheap heuristic), {@code celf}
 * (the lazy greedy on simulated word of mouth, {@link Celf}), the most
 * engaged group members ({@code active_members}), or the consumers {@code listed} (as {@code shequn seed}
 * picks them). Candidates are the campaign's store's households who have arrived, are still there, fit
 * {@code segment} and were not seeded before.
 *
 * @param rule      how seed users are chosen
 * @param seeds     seed users per firing (fewer when the budget runs out)
 * @param segment   only households of this segment ({@code any}: all)
 * @param consumers the consumers (0-based indices) for {@code rule: listed}, best first
 * @param unitCost  yuan per seed user (gift or commission)
 */
public record Seeding(Rule rule, Integer seeds, Group.SegmentTarget segment, List<Integer> consumers, Double unitCost)
        implements Lever, PaysUnitCost {
    static final About ABOUT = new About("seeding", Step.SPREAD, 30, "yuan per seed user (gift or commission)",
            Intensity.FREQUENCY, Response.class);

    public Seeding {
        rule = rule == null ? Rule.DEGREE : rule;
        seeds = seeds == null ? 20 : seeds;
        segment = segment == null ? Group.SegmentTarget.ANY : segment;
        consumers = consumers == null ? List.of() : List.copyOf(consumers);
        unitCost = unitCost == null ? 30.0 : unitCost;
    }

    public enum Rule {
        @JsonProperty("random") RANDOM,
        @JsonProperty("degree") DEGREE,
        @JsonProperty("bridging") BRIDGING,
        @JsonProperty("degree_discount") DEGREE_DISCOUNT,
        @JsonProperty("celf") CELF,
        @JsonProperty("active_members") ACTIVE_MEMBERS,
        @JsonProperty("listed") LISTED
    }

    @Override
    public About about() {
        return ABOUT;
    }

    @Override
    public void check(CampaignCheck c) {
        c.atLeast("seeds", seeds, 0);
        PaysUnitCost.super.check(c);
        if (rule == Rule.LISTED && consumers.isEmpty()) {
            c.fail("consumers", "rule listed needs the seed users' consumer indices");
        }
        int households = c.households();
        for (int k = 0; k < consumers.size(); k++) {
            Integer i = consumers.get(k);
            if (i == null || i < 0 || i >= households) {
                c.fail("consumers[" + k + "]", "must be a consumer index in [0, " + households + ")");
            }
        }
    }

    @Override
    public void fire(World w, int c) {
        Response p = w.scenario.levers().of(Response.class);
        int[] chosen = choose(w, w.plan.get(c), candidates(w, w.plan.get(c)));
        for (int i : chosen) {
            if (!w.plan.pay(c, unitCost)) {
                return;
            }
            seed(w, i, p);
        }
    }

    /** A seed user knows the store, warms to it (the gift) and talks about it for {@code talk_days} days. */
    static void seed(World w, int i, Response p) {
        Consumers c = w.people;
        w.seeded.set(i);
        w.makeAware(i);
        c.ladder[i] = (byte) Math.max(c.ladder[i], Ladder.AWARE);
        c.cascade[i] = w.startCascade(World.SEEDED);
        w.contact(i, p.gain());
        w.seedTalkers.add(i);
        w.seedTalkers.add(w.day + p.talkDays() - 1);
    }

    int[] candidates(World w, Campaign campaign) {
        Consumers c = w.people;
        IntList out = new IntList();
        for (int i = 0; i < c.n; i++) {
            if (!c.gone[i] && !w.seeded.get(i) && Reach.targets(campaign, w.stores[c.store[i]])
                    && Membership.inSegment(c, i, segment)) {
                out.add(i);
            }
        }
        return out.toArray();
    }

    int[] choose(World w, Campaign campaign, int[] candidates) {
        SocialGraph g = w.ties;
        return switch (rule) {
            case RANDOM -> random(w, candidates);
            case DEGREE -> SeedRules.byDegree(g, candidates, seeds);
            case BRIDGING -> SeedRules.byBridging(g, candidates, seeds);
            case DEGREE_DISCOUNT -> SeedRules.degreeDiscount(g, candidates, seeds, passOn(w));
            case CELF -> celf(w, candidates);
            case ACTIVE_MEMBERS -> activeMembers(w, campaign, candidates);
            case LISTED -> listed(w, candidates);
        };
    }

    /**
     * The lazy greedy on the world's own network and word-of-mouth odds: a seed's tie passes the word with
     * {@code 1 − (1 − wom)^talk_days}, someone reached passes it on with {@code share_on_hearing}.
     */
    private int[] celf(World w, int[] candidates) {
        Response p = w.scenario.levers().of(Response.class);
        double weak = w.behaviour.womWeak();
        double strong = w.behaviour.womStrong();
        int days = p.talkDays();
        Celf search = new Celf(w.ties, Celf.byType(1 - Math.pow(1 - weak, days), 1 - Math.pow(1 - strong, days)),
                Celf.byType(weak, strong), w.behaviour.shareOnHearing(), p.celfRuns(), w.rng.nextLong());
        return search.choose(candidates, seeds);
    }

    /** A partial Fisher–Yates shuffle: {@code seeds} candidates at random. */
    private int[] random(World w, int[] candidates) {
        int want = Math.min(seeds, candidates.length);
        for (int j = 0; j < want; j++) {
            int r = j + w.rng.nextInt(candidates.length - j);
            int x = candidates[j];
            candidates[j] = candidates[r];
            candidates[r] = x;
        }
        return java.util.Arrays.copyOf(candidates, want);
    }

    /** The most engaged members of the campaign's groups (the group's 活跃分子). */
    private int[] activeMembers(World w, Campaign campaign, int[] candidates) {
        double[] best = new double[w.people.n];
        java.util.Arrays.fill(best, -1);
        for (GroupState g : w.groups) {
            if (Reach.targets(w, campaign, g)) {
                for (int k = 0; k < g.size; k++) {
                    int i = g.members[k];
                    best[i] = Math.max(best[i], g.engagement[k]);
                }
            }
        }
        IntList members = new IntList();
        for (int i : candidates) {
            if (best[i] >= 0) {
                members.add(i);
            }
        }
        int[] m = members.toArray();
        double[] score = new double[m.length];
        for (int j = 0; j < m.length; j++) {
            score[j] = best[m[j]];
        }
        return SeedRules.top(m, score, seeds);
    }

    /** The listed consumers still eligible, in the order given. */
    private int[] listed(World w, int[] candidates) {
        boolean[] ok = new boolean[w.people.n];
        for (int i : candidates) {
            ok[i] = true;
        }
        IntList out = new IntList();
        for (int i : consumers) {
            if (ok[i] && out.size() < seeds) {
                out.add(i);
                ok[i] = false;
            }
        }
        return out.toArray();
    }

    /** The average chance a tie passes the word, for degree discount: word-of-mouth odds weighted by tie type. */
    static double passOn(World w) {
        SocialGraph g = w.ties;
        long strong = 0;
        long all = 0;
        for (int i = 0; i < g.size(); i++) {
            for (int e = g.start(i); e < g.end(i); e++) {
                strong += g.type(e) == SocialGraph.STRONG ? 1 : 0;
                all++;
            }
        }
        if (all == 0) {
            return w.behaviour.womWeak();
        }
        double s = (double) strong / all;
        return s * w.behaviour.womStrong() + (1 - s) * w.behaviour.womWeak();
    }

    /**
     * @param talkDays days a seed user talks about the store after being chosen (each day to every tie, with
     *                 the word-of-mouth odds)
     * @param gain     tie strength a seed user gains from the gift and the store's attention
     * @param celfRuns simulated word-of-mouth worlds {@code rule: celf} judges candidates on
     */
    public record Response(Integer talkDays, Double gain, Integer celfRuns) implements LeverResponse {
        public Response {
            talkDays = talkDays == null ? 7 : talkDays;
            gain = gain == null ? 0.1 : gain;
            celfRuns = celfRuns == null ? 100 : celfRuns;
        }

        @Override
        public void check(Checks c, String at) {
            c.atLeast(at + "talk_days", talkDays, 1);
            c.atLeast(at + "gain", gain, 0);
            c.atLeast(at + "celf_runs", celfRuns, 1);
        }
    }
}
