package shequn.scenario;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks that a bound scenario makes sense as a plan: numbers in range, shares that add up,
 * campaigns inside the horizon, and every store, group and KOL a campaign names actually exists.
 * Problems come section by section in schema order (days, population, network, stores, kols,
 * groups, behaviour, campaigns); the loader reports the first.
 */
public final class ScenarioValidator {

    public static final int MAX_DAYS = 3650;
    public static final int MAX_CONSUMERS = 50_000_000;
    /** A complete graph has n(n-1)/2 ties; beyond this it no longer fits in memory or time. */
    public static final int MAX_COMPLETE_NETWORK = 5000;
    /** Need rates above this (10 shopping needs a day) are a units mistake, not a customer. */
    public static final double MAX_NEED_RATE = 10;
    /** Products in one store's catalogue: each costs the engine two numbers, and no community store stocks more. */
    public static final int MAX_SKUS = 1_000_000;
    /** A mean basket beyond this (yuan a purchase) is a units mistake; far beyond, GMV overflows to Infinity. */
    public static final double MAX_BASKET = 1_000_000;
    /** Lognormal spread of a basket: beyond this a single purchase can dwarf a year's sales. */
    public static final double MAX_BASKET_SIGMA = 3;
    /** Multipliers of a fan's conversion or basket: beyond this a fan buys like a whole town. */
    public static final double MAX_FAN_GAIN = 100;
    /** A cost in yuan (a post, a livestream, a manager's day): beyond this it is a units mistake, and sums overflow. */
    public static final double MAX_COST = 1e9;
    private static final double SUM_TOLERANCE = 1e-6;

    private ScenarioValidator() {
    }

    /**
     * Every problem found, section by section; empty if the scenario is usable.
     *
     * @param baseDir where relative file names (the edge list) are looked up; null for the working directory
     */
    public static List<ScenarioProblem> problems(Scenario scenario, Path baseDir) {
        Checks checks = new Checks();
        csvLabel(checks, "name", scenario.name(), "the scenario column of compare's tables");
        checks.between("days", scenario.days(), 1, MAX_DAYS);
        population(checks, scenario.population(), households(scenario));
        Population.Entry entry = scenario.population().entry();
        if (entry != null && entry.lastDay() != null && entry.lastDay() >= scenario.days()) {
            checks.fail("population.entry.last_day", "day " + entry.lastDay() + " is past the horizon of "
                    + scenario.days() + " days (last day " + (scenario.days() - 1) + ")");
        }
        households(checks, scenario);
        entryFile(checks, scenario, baseDir);
        network(checks, scenario.network(), households(scenario), baseDir);
        stores(checks, scenario.stores());
        kols(checks, scenario);
        groups(checks, scenario);
        behaviour(checks, scenario.behaviour());
        scenario.engagement().check(checks);
        scenario.levers().check(checks);
        new CampaignChecks(checks, scenario).all();
        return List.copyOf(checks.problems());
    }

    /** Households to check indices and counts against: the scenario's, or {@code consumers} while catchments are bad. */
    static int households(Scenario s) {
        boolean sane = s.stores().stream().allMatch(st -> st.catchment() > 0 && Double.isFinite(st.catchment()));
        long n = sane ? s.households() : s.population().consumers();
        return (int) Math.max(0, Math.min(n, Integer.MAX_VALUE));
    }

    /** With own catchments the stores' households add up; the total is what must fit. */
    private static void households(Checks c, Scenario s) {
        if (s.population().catchment() != Population.Catchment.OWN || s.stores().size() == 1
                && s.stores().get(0).catchment() == 1.0) {
            return;
        }
        long n = s.households();
        if (s.stores().stream().allMatch(st -> st.catchment() > 0 && Double.isFinite(st.catchment()))
                && !(n >= 1 && n <= MAX_CONSUMERS)) {
            c.fail("population.consumers", "each store brings consumers × its catchment households (population."
                    + "catchment: own), " + String.format(java.util.Locale.ROOT, "%,d", n) + " in all; allowed 1 to "
                    + String.format(java.util.Locale.ROOT, "%,d", MAX_CONSUMERS));
        }
    }

    private static void population(Checks c, Population p, int households) {
        c.between("population.consumers", p.consumers(), 1, MAX_CONSUMERS);
        shares(c, "population.segments", Segments.NAMES, p.segments().shares());
        c.share("population.parent_share", p.parentShare());
        shares(c, "population.tiers", Tiers.NAMES, p.tiers().shares());
        if (!(p.needRate() > 0 && p.needRate() <= MAX_NEED_RATE)) {
            c.fail("population.need_rate", "must be greater than 0 and at most " + Checks.plain(MAX_NEED_RATE)
                    + " needs per consumer per day, got " + Checks.plain(p.needRate()));
        }
        c.positive("population.need_shape", p.needShape());
        basket(c, "population.basket.low", p.basket().low());
        basket(c, "population.basket.mid", p.basket().mid());
        basket(c, "population.basket.high", p.basket().high());
        c.between("population.basket_sigma", p.basketSigma(), 0, MAX_BASKET_SIGMA);
        c.share("population.price_sensitivity", p.priceSensitivity());
        c.share("population.turnover", p.turnover());
        c.share("population.prospect_loyalty", p.prospectLoyalty());
        c.between("population.customer_tie", p.customerTie(), 0.001, 0.999);
        c.share("population.share_propensity", p.sharePropensity());
        c.share("population.susceptibility", p.susceptibility());
        c.share("population.loyalty", p.loyalty());
        c.share("population.aware", p.aware());
        // 1 + effect * (0.5 - distance) must stay non-negative for every distance in [0,1]
        c.between("population.distance_effect", p.distanceEffect(), 0, 2);
        c.share("population.dropout", p.dropout());
        if (p.entry() != null && p.entry().file() != null) {
            Population.Entry e = p.entry();
            if (e.share() != null || e.firstDay() != null || e.lastDay() != null) {
                c.fail("population.entry.file", "gives each household's entry day: leave out share, first_day and last_day");
            }
        } else if (p.entry() != null) {
            Population.Entry e = p.entry();
            c.share("population.entry.share", e.share());
            if (e.lastDay() == null) {
                c.fail("population.entry.last_day", "give the last day households arrive (first_day to last_day)");
            } else if (!(e.firstDay() >= 0 && e.firstDay() <= e.lastDay())) {
                c.fail("population.entry.first_day", "must be between 0 and last_day (" + e.lastDay() + "), got "
                        + e.firstDay());
            }
        }
        if (p.dropoutBeta() != null) {
            Population.DropoutBeta d = p.dropoutBeta();
            if (d.a() == null || d.b() == null) {
                c.fail("population.dropout_beta", "give both a and b of the Beta (e.g. {a: 1.2, b: 4.5})");
            } else {
                c.positive("population.dropout_beta.a", d.a());
                c.positive("population.dropout_beta.b", d.b());
            }
            if (p.dropout() != 0) {
                c.fail("population.dropout", "give either dropout (a mean, shorthand for Beta(4m, 4(1 − m))) or "
                        + "dropout_beta, not both");
            }
        }
        for (int k = 0; k < p.seedUsers().size(); k++) {
            Integer user = p.seedUsers().get(k);
            if (user == null || user < 0 || user >= households) {
                c.fail("population.seed_users[" + k + "]", "must be a consumer index in [0, " + households
                        + "), got " + user);
            }
        }
    }

    /** Segment and tier shares split the whole population: each in [0,1], together 1. */
    /** A mean basket in yuan: above 0, and small enough that a year of them adds up to a finite GMV. */
    private static void basket(Checks c, String path, double yuan) {
        if (!(yuan > 0 && yuan <= MAX_BASKET)) {
            c.fail(path, "must be greater than 0 and at most " + String.format(java.util.Locale.ROOT, "%,.0f", MAX_BASKET)
                    + " yuan a purchase, got " + Checks.plain(yuan));
        }
    }

    private static void shares(Checks c, String path, String[] names, double[] values) {
        double sum = 0;
        int before = c.problems().size();
        for (int i = 0; i < names.length; i++) {
            c.share(path + "." + names[i], values[i]);
            sum += values[i];
        }
        if (c.problems().size() == before && Math.abs(sum - 1) > SUM_TOLERANCE) {
            c.fail(path, "shares must sum to 1, they sum to " + Checks.plain(sum));
        }
    }

    /** Largest mean cluster of the clustered network: family and close friends, not a crowd (pairs grow quadratically). */
    static final int MAX_CLUSTER_SIZE = 50;

    private static void network(Checks c, Network n, int consumers, Path baseDir) {
        // a generator needs room for its ties; an edge list (or none, or complete) only uses it to estimate memory
        boolean generated = switch (n.type()) {
            case SMALL_WORLD, SCALE_FREE, HOMOPHILOUS_BLOCKS, CLUSTERED -> true;
            case COMPLETE, EDGE_LIST, NONE -> false;
        };
        if (!(n.meanDegree() >= 0 && (!generated || n.meanDegree() < consumers))) {
            c.fail("network.mean_degree", generated ? "must be at least 0 and less than the " + consumers
                    + " consumers, got " + Checks.plain(n.meanDegree()) : "must be at least 0, got " + Checks.plain(n.meanDegree()));
        }
        c.share("network.rewire", n.rewire());
        c.share("network.homophily", n.homophily());
        c.share("network.strong_share", n.strongShare());
        c.between("network.cluster_size", n.clusterSize(), 1, MAX_CLUSTER_SIZE);
        c.share("network.cluster_density", n.clusterDensity());
        c.atLeast("network.neighbourhood_size", n.neighbourhoodSize(), 1);
        c.share("network.bridge_share", n.bridgeShare());
        if (n.type() == Network.Type.COMPLETE && consumers > MAX_COMPLETE_NETWORK) {
            c.fail("network.type", "complete needs a tie between every pair of consumers (quadratic in "
                    + "population), allowed up to " + MAX_COMPLETE_NETWORK + " consumers, got " + consumers);
        }
        edgeList(c, n, baseDir);
    }

    private static void edgeList(Checks c, Network n, Path baseDir) {
        boolean edgeList = n.type() == Network.Type.EDGE_LIST;
        if (!edgeList) {
            if (n.file() != null) {
                c.fail("network.file", "only used with type: edge-list, but the type is "
                        + ScenarioSchema.enumValues(Network.Type.class).get(n.type().ordinal()));
            }
            return;
        }
        if (n.file() == null || n.file().isBlank()) {
            c.fail("network.file", "type edge-list needs file: the CSV of ties (a,b[,type])");
        } else if (!validPath(baseDir, n.file())) {
            c.fail("network.file", "not a usable file name (it holds a NUL or other control character); "
                    + "give the edge-list CSV's path");
        } else if (!Files.isRegularFile(resolve(baseDir, n.file()))) {
            c.fail("network.file", Files.isDirectory(resolve(baseDir, n.file())) ? "is a folder, not a file: "
                    + resolve(baseDir, n.file()) : "no such file: " + resolve(baseDir, n.file()));
        }
    }

    /** The entry-day file is read here, so that a bad row is told before any world is built. */
    private static void entryFile(Checks c, Scenario scenario, Path baseDir) {
        Population.Entry e = scenario.population().entry();
        if (e == null || e.file() == null) {
            return;
        }
        if (e.file().isBlank() || !validPath(baseDir, e.file())) {
            c.fail("population.entry.file", "not a usable file name: give the CSV with an entry_day column");
            return;
        }
        Path file = resolve(baseDir, e.file());
        if (!Files.isRegularFile(file)) {
            c.fail("population.entry.file", Files.isDirectory(file) ? "is a folder, not a file: " + file : "no such file: " + file);
            return;
        }
        try {
            EntryDays.read(file, scenario.consumers(), scenario.days());
        } catch (EntryDays.Problem problem) {
            c.fail("population.entry.file", file + ": " + problem.getMessage());
        }
    }

    private static boolean validPath(Path baseDir, String file) {
        if (file.chars().anyMatch(ch -> ch < 0x20 || ch == 0x7f)) {
            return false;
        }
        try {
            resolve(baseDir, file);
            return true;
        } catch (java.nio.file.InvalidPathException e) {
            return false;
        }
    }

    /**
     * What binding would hide: an empty {@code stores} list becomes the default store when bound, so it
     * is refused as written (leave the section out for the default store).
     */
    public static ScenarioProblem asWritten(com.fasterxml.jackson.databind.JsonNode root) {
        com.fasterxml.jackson.databind.JsonNode stores = root.get("stores");
        if (stores != null && stores.isArray() && stores.isEmpty()) {
            return new ScenarioProblem("stores", "an empty list: give at least one store (leave stores out for the "
                    + "default store)");
        }
        for (String section : new String[] {"campaigns", "levers"}) {
            ScenarioProblem huge = huge(section, root.get(section));
            if (huge != null) {
                return huge;
            }
        }
        return null;
    }

    /**
     * The first number in a campaign or lever setting beyond {@link #MAX_COST}: amounts, budgets and costs
     * that large are a units mistake, and their sums over days and consumers overflow to Infinity.
     */
    private static ScenarioProblem huge(String path, com.fasterxml.jackson.databind.JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isNumber() && !(Math.abs(node.asDouble()) <= MAX_COST)) {
            return new ScenarioProblem(path, "must be at most " + String.format(java.util.Locale.ROOT, "%,.0f", MAX_COST)
                    + ", got " + Checks.plain(node.asDouble()) + " (a units mistake? sums of it would overflow)");
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                ScenarioProblem p = huge(ScenarioPath.element(path, i), node.get(i));
                if (p != null) {
                    return p;
                }
            }
        } else if (node.isObject()) {
            for (var it = node.fields(); it.hasNext(); ) {
                var e = it.next();
                ScenarioProblem p = huge(ScenarioPath.field(path, e.getKey()), e.getValue());
                if (p != null) {
                    return p;
                }
            }
        }
        return null;
    }

    /**
     * A name that labels rows of the CSV files shequn writes: no comma, double quote or line break, which
     * would split or join its rows for every reader (file names are made from it by a slug, apart).
     */
    private static void csvLabel(Checks c, String path, String name, String where) {
        if (name != null && name.chars().anyMatch(ch -> ch == ',' || ch == '"' || ch == '\n' || ch == '\r')) {
            c.fail(path, "must not hold a comma, a double quote or a line break: it labels " + where
                    + " (use e.g. '-' or '/' instead)");
        }
    }

    /** Edge lists are named relative to the scenario file, so a scenario folder can be moved whole. */
    public static Path resolve(Path baseDir, String file) {
        Path base = baseDir == null ? Path.of("") : baseDir;
        return base.resolve(file).toAbsolutePath().normalize();
    }

    private static void stores(Checks c, List<Store> stores) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < stores.size(); i++) {
            Store s = stores.get(i);
            String at = "stores[" + i + "].";
            uniqueId(c, at + "id", s.id(), seen, "store");
            csvLabel(c, at + "id", s.id(), "the store rows of daily_breakdown.csv");
            c.positive(at + "catchment", s.catchment());
            c.positive(at + "price_level", s.priceLevel());
            c.positive(at + "unit_cost", s.unitCost());
            c.share(at + "satisfaction", s.satisfaction());
            c.atLeast(at + "event_capacity", s.eventCapacity(), 0);
            c.share(at + "qr_join_rate", s.qrJoinRate());
            if (!(s.skus() >= 1 && s.skus() <= MAX_SKUS)) {
                c.fail(at + "skus", "must be between 1 and " + String.format(java.util.Locale.ROOT, "%,d", MAX_SKUS)
                        + " products, got " + s.skus());
            }
            c.atLeast(at + "sku_zipf", s.skuZipf(), 0);
        }
    }

    private static void kols(Checks c, Scenario scenario) {
        Set<String> seen = new HashSet<>();
        int consumers = households(scenario);
        for (int i = 0; i < scenario.kols().size(); i++) {
            Kol k = scenario.kols().get(i);
            String at = "kols[" + i + "].";
            uniqueId(c, at + "id", k.id(), seen, "KOL");
            References.store(c, at + "store", k.store(), scenario);
            if (!(k.followers() >= 0 && k.followers() <= consumers)) {
                c.fail(at + "followers", "must be between 0 and the " + consumers + " consumers, got " + k.followers());
            }
            c.share(at + "credibility", k.credibility());
            c.between(at + "cost_per_post", k.costPerPost(), 0, MAX_COST);
            c.between(at + "cost_per_livestream", k.costPerLivestream(), 0, MAX_COST);
            c.share(at + "off_interest_fit", k.offInterestFit());
        }
    }

    private static void groups(Checks c, Scenario scenario) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < scenario.groups().size(); i++) {
            Group g = scenario.groups().get(i);
            String at = "groups[" + i + "].";
            uniqueId(c, at + "id", g.id(), seen, "group");
            References.store(c, at + "store", g.store(), scenario);
            if (!(g.maxSize() >= 1 && g.maxSize() <= Group.PLATFORM_LIMIT)) {
                c.fail(at + "max_size", "must be between 1 and " + Group.PLATFORM_LIMIT
                        + " (the platform's group limit), got " + g.maxSize());
            }
            c.share(at + "manager_skill", g.managerSkill());
            c.atLeast(at + "posts_per_day", g.postsPerDay(), 0);
            c.share(at + "junk_share", g.junkShare());
            c.atLeast(at + "initial_members", g.initialMembers(), 0);
            c.between(at + "manager_cost", g.managerCost(), 0, MAX_COST);
            if (g.initialMembers() > g.maxSize()) {
                c.fail(at + "initial_members", "the group can hold " + g.maxSize() + " (max_size), got " + g.initialMembers());
            }
        }
    }

    private static void uniqueId(Checks c, String path, String id, Set<String> seen, String what) {
        if (id == null || id.isBlank()) {
            c.fail(path, "every " + what + " needs an id (campaigns refer to it)");
        } else if (!seen.add(id)) {
            c.fail(path, "another " + what + " already has id '" + id + "'");
        }
    }

    private static void behaviour(Checks c, Behaviour b) {
        String at = "behaviour.";
        for (var rate : new Object[][] {
                {"tie_decay", b.tieDecay()}, {"aware_threshold", b.awareThreshold()},
                {"weak_threshold", b.weakThreshold()}, {"strong_threshold", b.strongThreshold()},
                {"advocate_threshold", b.advocateThreshold()}, {"visit_gain", b.visitGain()},
                {"purchase_gain", b.purchaseGain()}, {"dissatisfaction_loss", b.dissatisfactionLoss()},
                {"group_gain", b.groupGain()}, {"event_gain", b.eventGain()}, {"kol_gain", b.kolGain()},
                {"word_of_mouth_gain", b.wordOfMouthGain()}, {"conversion", b.conversion()},
                {"impulse_conversion", b.impulseConversion()}, {"competitor_pull", b.competitorPull()},
                {"loyalty_gain", b.loyaltyGain()}, {"churn_hazard", b.churnHazard()},
                {"wom_strong", b.womStrong()}, {"wom_weak", b.womWeak()}, {"accept_invite", b.acceptInvite()},
                {"co_member_tie_rate", b.coMemberTieRate()}, {"exposure_visit", b.exposureVisit()},
                {"online_share", b.onlineShare()}, {"social_choice", b.socialChoice()},
                {"discovery", b.discovery()}, {"talk_rate", b.talkRate()},
                {"share_on_hearing", b.shareOnHearing()}}) {
            c.share(at + rate[0], (Double) rate[1]);
        }
        // Multipliers and counts: any size, never negative.
        c.between(at + "fan_conversion_gain", b.fanConversionGain(), 0, MAX_FAN_GAIN);
        c.between(at + "fan_basket_gain", b.fanBasketGain(), 0, MAX_FAN_GAIN);
        c.atLeast(at + "price_elasticity", b.priceElasticity(), 0);
        c.positive(at + "attention", b.attention());
        c.atLeast(at + "push_weight", b.pushWeight(), 0);
        c.atLeast(at + "push_memory", b.pushMemory(), 1);
        c.atLeast(at + "overload_fatigue", b.overloadFatigue(), 0);
        c.share(at + "overload_exit", b.overloadExit());
        c.share(at + "habit", b.habit());
        c.positive(at + "fan_width", b.fanWidth());
        c.share(at + "tie_conversion", b.tieConversion());
        c.atLeast(at + "advocate_share", b.advocateShare(), 0);
        c.atLeast(at + "push_tolerance", b.pushTolerance(), 0);
        c.positive(at + "push_wear_out", b.pushWearOut());
        c.atLeast(at + "strong_tie_contacts", b.strongTieContacts(), 0);
        c.atLeast(at + "lapse_days", b.lapseDays(), 1);
        c.atLeast(at + "repeat_window", b.repeatWindow(), 1);
        thresholds(c, b);
    }

    /** A consumer climbs aware → weak → strong → advocate; the ladder must go up. */
    private static void thresholds(Checks c, Behaviour b) {
        if (!(b.awareThreshold() < b.weakThreshold())) {
            c.fail("behaviour.weak_threshold", "must be above aware_threshold (" + b.awareThreshold() + "), got " + b.weakThreshold());
        }
        if (!(b.weakThreshold() < b.strongThreshold())) {
            c.fail("behaviour.strong_threshold", "must be above weak_threshold (" + b.weakThreshold() + "), got " + b.strongThreshold());
        }
        if (!(b.strongThreshold() <= b.advocateThreshold())) {
            c.fail("behaviour.advocate_threshold", "must be at least strong_threshold (" + b.strongThreshold() + "), got " + b.advocateThreshold());
        }
    }
}
