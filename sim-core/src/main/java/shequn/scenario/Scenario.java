package shequn.scenario;

import java.util.List;

/**
 * A strategy scenario: the store network, its customers and the campaign plan. Immutable;
 * every field is optional in the file and takes the default written here (and in the README).
 * Built by {@link ScenarioLoader}, which also checks ranges and references.
 */
public record Scenario(
        String name,
        String description,
        Integer days,
        Long seed,
        Population population,
        Network network,
        List<Store> stores,
        List<Kol> kols,
        List<Group> groups,
        Behaviour behaviour,
        Engagement engagement,
        LeverResponses levers,
        List<Campaign> campaigns) {

    public Scenario {
        name = name == null ? "unnamed" : name;
        description = description == null ? "" : description;
        days = days == null ? 365 : days;
        seed = seed == null ? 1L : seed;
        population = population == null ? new Population(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null) : population;
        network = network == null ? new Network(null, null, null, null, null, null, null, null, null, null, null) : network;
        stores = stores == null || stores.isEmpty() ? List.of(Store.defaults("main")) : List.copyOf(stores);
        kols = kols == null ? List.of() : List.copyOf(kols);
        groups = groups == null ? List.of() : List.copyOf(groups);
        behaviour = behaviour == null ? Behaviour.defaults() : behaviour;
        engagement = engagement == null ? Engagement.defaults() : engagement;
        levers = levers == null ? LeverResponses.defaults() : levers;
        campaigns = campaigns == null ? List.of() : List.copyOf(campaigns);
    }

    /**
     * Households simulated: {@code population.consumers} when the stores share them, else each store's
     * {@code round(consumers × catchment)} added up (a store brings its own neighbourhood). Saturates at
     * {@link Long#MAX_VALUE} rather than overflowing, so that the validator can refuse it.
     */
    public long households() {
        if (population.catchment() == Population.Catchment.SHARED) {
            return population.consumers();
        }
        double total = 0;
        for (Store s : stores) {
            total += Math.round(population.consumers() * s.catchment());
        }
        return total >= Long.MAX_VALUE ? Long.MAX_VALUE : (long) total;
    }

    /** {@link #households()} as an array size; only valid on a validated scenario. */
    public int consumers() {
        return (int) households();
    }

    /** The same scenario with another campaign list (a plan without one of its levers, say). */
    public Scenario withCampaigns(List<Campaign> plan) {
        return new Scenario(name, description, days, seed, population, network, stores, kols, groups, behaviour,
                engagement, levers, plan);
    }

    /** Index of the store with this id, or -1. */
    public int storeIndex(String id) {
        for (int i = 0; i < stores.size(); i++) {
            if (stores.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    public int groupIndex(String id) {
        for (int i = 0; i < groups.size(); i++) {
            if (groups.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    public int kolIndex(String id) {
        for (int i = 0; i < kols.size(); i++) {
            if (kols.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }
}
