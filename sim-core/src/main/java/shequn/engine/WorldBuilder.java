package shequn.engine;

import ec.util.MersenneTwisterFast;
import java.nio.file.Path;
import shequn.groups.Membership;
import shequn.kols.KolState;
import shequn.network.NetworkBuilder;
import shequn.network.NetworkInputException;
import shequn.network.SocialGraph;
import shequn.population.Consumers;
import shequn.population.PopulationBuilder;
import shequn.scenario.Scenario;
import shequn.stores.StoreState;
import shequn.world.GroupState;
import shequn.world.NeedCalendar;
import shequn.world.World;

/**
 * Builds one replication's world from a scenario and a seed. People, ties, KOL followers and
 * starting group members come from the world stream and the need calendar from the needs stream,
 * so two strategies run with the same seed share them (common random numbers) as long as their
 * population and network sections agree.
 */
public final class WorldBuilder {
    private WorldBuilder() {
    }

    public static World build(Scenario scenario, long seed, Path baseDir, MersenneTwisterFast behaviour)
            throws NetworkInputException {
        MersenneTwisterFast world = new MersenneTwisterFast(Seeds.stream(seed, Seeds.WORLD));
        Consumers people = PopulationBuilder.build(scenario, world, entryDays(scenario, baseDir));
        SocialGraph ties = NetworkBuilder.build(scenario.network(), people.segment, world, baseDir);
        StoreState[] stores = new StoreState[scenario.stores().size()];
        for (int s = 0; s < stores.length; s++) {
            stores[s] = new StoreState(s, scenario.stores().get(s));
        }
        KolState[] kols = new KolState[scenario.kols().size()];
        for (int k = 0; k < kols.length; k++) {
            var kol = scenario.kols().get(k);
            int store = kol.store() == null ? 0 : scenario.storeIndex(kol.store());
            kols[k] = new KolState(k, kol, store, people, ties, world);
        }
        GroupState[] groups = new GroupState[scenario.groups().size()];
        for (int g = 0; g < groups.length; g++) {
            var spec = scenario.groups().get(g);
            groups[g] = new GroupState(g, spec, spec.store() == null ? 0 : scenario.storeIndex(spec.store()));
        }
        NeedCalendar needs = new NeedCalendar(people.needRate, new MersenneTwisterFast(Seeds.stream(seed, Seeds.NEEDS)));
        World w = new World(scenario, people, ties, stores, groups, kols, needs, behaviour);
        seedGroups(w, world);
        seedUsers(w);
        return w;
    }

    /** The households' entry days from population.entry.file (checked when the scenario was loaded), or null. */
    static int[] entryDays(Scenario scenario, Path baseDir) {
        var entry = scenario.population().entry();
        if (entry == null || entry.file() == null) {
            return null;
        }
        try {
            return shequn.scenario.EntryDays.read(shequn.scenario.ScenarioValidator.resolve(baseDir, entry.file()),
                    scenario.consumers(), scenario.days());
        } catch (shequn.scenario.EntryDays.Problem e) {
            // the validator read the same file: it changed in between
            throw new IllegalStateException("population.entry.file: " + e.getMessage(), e);
        }
    }

    /** 种子用户: consumers named in the scenario know the store and talk about it on day 0. */
    static void seedUsers(World w) {
        for (int i : w.scenario.population().seedUsers()) {
            w.people.everAware[i] = true;
            w.people.ladder[i] = (byte) Math.max(w.people.ladder[i], shequn.population.Ladder.AWARE);
            w.sharersTomorrow.add(i);
        }
    }

    /** Starting members: existing customers who fit the group, drawn at random. */
    static void seedGroups(World w, MersenneTwisterFast rng) {
        Consumers c = w.people;
        for (GroupState g : w.groups) {
            int want = g.spec.initialMembers();
            for (int tries = 0; g.size < want && tries < 200 * want; tries++) {
                int i = rng.nextInt(c.n);
                if (c.everAware[i] && c.store[i] == g.store && Membership.fits(c, i, g.spec)) {
                    Membership.join(w, i, g.index);
                }
            }
        }
        w.today.reset();
        java.util.Arrays.fill(c.gain, 0f);
    }
}
