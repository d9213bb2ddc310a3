package shequn.seeding;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import shequn.campaigns.levers.Seeding;
import shequn.montecarlo.Plan;
import shequn.response.Design;
import shequn.scenario.Kol;
import shequn.scenario.Scenario;
import shequn.scenario.ScenarioException;
import shequn.scenario.ScenarioLoader;

/**
 * What {@code shequn seed} runs: the plan as written (the paired counterfactual), the plan plus one wave of
 * seed users chosen by each rule, and the plan plus the KOL's posts — every addition with the same budget,
 * so the question "seed users or a KOL for this money?" is answered at equal spend. Every scenario runs the
 * same replication seeds (common random numbers).
 */
public final class SeedDesign {
    /** Days between the KOL's posts: weekly, the lever's default. */
    static final int KOL_EVERY = 7;

    /**
     * One scenario: {@code rule} is a seeding rule's name, {@code kol_post} or null for the plan as written;
     * {@code units} seed users or posts the budget buys.
     */
    public record Variant(String label, String rule, int units, List<String> settings, Scenario scenario) {
    }

    private final Path file;
    private final List<String> overrides;
    private final double budget;
    private final List<Variant> variants = new ArrayList<>();

    private SeedDesign(Path file, List<String> overrides, double budget) {
        this.file = file;
        this.overrides = List.copyOf(overrides);
        this.budget = budget;
    }

    /**
     * @param unitCost yuan per seed user; {@code budget / unitCost} seed users in one wave on day {@code start}
     * @param kol      the KOL whose posts are the alternative (null: the first, none if the scenario has none)
     */
    public static SeedDesign of(Path file, List<String> overrides, double budget, double unitCost, List<Seeding.Rule> rules,
                                String kol, int start) throws ScenarioException, IOException {
        Scenario base = ScenarioLoader.load(file, overrides);
        SeedDesign d = new SeedDesign(file, overrides, budget);
        d.variants.add(new Variant("plan", null, 0, List.of(), base));
        ArrayNode written = Design.campaignsAsWritten(file, overrides);
        int seeds = (int) Math.floor(budget / unitCost + 1e-9);
        for (Seeding.Rule rule : rules) {
            String name = ruleName(rule);
            ObjectNode c = written.objectNode();
            c.put("lever", "seeding").put("name", "seeding (" + name + ")").put("rule", name).put("seeds", seeds)
                    .put("unit_cost", unitCost).put("budget", budget).put("start", start).put("end", start);
            d.add(base, "seeding:" + name, name, seeds, written, c);
        }
        Kol k = kol == null ? (base.kols().isEmpty() ? null : base.kols().get(0))
                : base.kols().get(base.kolIndex(kol));
        if (k != null) {
            int posts = (int) Math.floor(budget / k.costPerPost() + 1e-9);
            ObjectNode c = written.objectNode();
            c.put("lever", "kol_post").put("name", "kol_post (" + k.id() + ")").put("kol", k.id()).put("budget", budget)
                    .put("start", start).put("every", KOL_EVERY);
            d.add(base, "kol_post:" + k.id(), "kol_post", posts, written, c);
        }
        return d;
    }

    /** A rule's file spelling ({@code degree_discount}). */
    public static String ruleName(Seeding.Rule rule) {
        return rule.name().toLowerCase(java.util.Locale.ROOT);
    }

    private void add(Scenario base, String label, String rule, int units, ArrayNode written, ObjectNode campaign)
            throws ScenarioException, IOException {
        ArrayNode plan = written.deepCopy();
        plan.add(campaign);
        // the label names the scenario, so comparison.csv and runs.csv tell the variants apart
        List<String> settings = List.of(Design.setting(plan), "name=" + base.name() + "+" + label.replace(':', '-'));
        List<String> all = new ArrayList<>(overrides);
        all.addAll(settings);
        variants.add(new Variant(label, rule, units, settings, ScenarioLoader.load(file, all)));
    }

    public List<Variant> variants() {
        return List.copyOf(variants);
    }

    public double budget() {
        return budget;
    }

    /** The runner's plan: every variant with the same seeds; each records the settings that make it from the file. */
    public Plan plan(long seed, int reps) {
        return Plan.fixed("seed", Collections.nCopies(variants.size(), file), variants.stream().map(Variant::scenario).toList(),
                overrides, seed, reps).withExtraOverrides(variants.stream().map(Variant::settings).toList());
    }
}
