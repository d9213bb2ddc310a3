package shequn.optimize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import shequn.engine.Seeds;
import shequn.files.SafeName;
import shequn.montecarlo.Batch;
import shequn.montecarlo.Meter;
import shequn.montecarlo.Incremental;
import shequn.montecarlo.Outcome;
import shequn.montecarlo.Stats;
import shequn.output.Json;
import shequn.output.OutputDir;
import shequn.scenario.Campaign;
import shequn.scenario.Overrides;
import shequn.scenario.Scenario;
import shequn.scenario.ScenarioException;
import shequn.scenario.ScenarioLoader;
import shequn.world.World;

/**
 * Budget allocation by CMA-ES. A point of the search is a vector of unbounded weights (one per
 * lever, plus one for "unspent" when allowed) and, with timing, each lever's first day and
 * interval in [0, 1]. The weights go through a softmax, so the shares of the budget are positive
 * and sum to one: every plan the search can propose respects the budget (a lever stops firing once
 * its budget is spent). Each plan is scored by the mean objective over the same replication seeds
 * (common random numbers); the best plan is then compared with the base plan on fresh seeds, paired,
 * so the reported gain is not inflated by the search having tuned to its own seeds.
 */
public final class Optimizer {
    private Meter.Factory progress = Meter.NONE;

    /** How progress over evaluations is reported (a bar on stderr in the CLI); not at all by default. */
    public void progress(Meter.Factory to) {
        this.progress = to;
    }

    private final OptimizeSpec spec;
    private final Batch batch;
    private final Path baseDir;
    private double budget;
    private final int m;

    /** A decoded point: each lever's budget (yuan, whole cents, summing to at most the budget) and timing. */
    public record Allocation(double[] budgets, int[] start, int[] every) {
    }

    /**
     * What one plan scored over a set of seeds. {@code cost} is the campaigns' spend — what the budget
     * shares out — without the operating costs (managers, deliveries) that no campaign budget pays.
     */
    public record Score(double mean, double sd, double cost, List<Outcome> outcomes) {
    }

    /**
     * The answer: the best plan, its scores, and the paired comparison with the base plan on fresh
     * seeds: of the objective, and the economics (Δ GMV, gross margin, spend, profit, incremental ROI).
     */
    public record Answer(Allocation best, double budget, Search.Best search, Score baseSearch, Score bestSearch,
                         Stats.Estimate baseObjective, Stats.Estimate bestObjective, Stats.Estimate difference,
                         Stats.Estimate baseCost, Stats.Estimate bestCost, double pBetter, List<String> overrides,
                         Incremental.Economics economics) {
    }

    public Optimizer(OptimizeSpec spec, Batch batch) {
        this.spec = spec;
        this.batch = batch;
        this.baseDir = World.baseDirOf(spec.scenarioFile());
        this.m = spec.levers().size();
    }

    /** Coordinates of a search point. */
    int dims() {
        return m + (spec.keepUnspent() ? 1 : 0) + (spec.timing() ? 2 * m : 0);
    }

    public Allocation decode(double[] x) {
        int weights = m + (spec.keepUnspent() ? 1 : 0);
        double[] w = Search.softmax(x, 0, weights);
        double[] budgets = new double[m];
        for (int i = 0; i < m; i++) {
            budgets[i] = Math.floor(budget * w[i] * 100) / 100; // whole cents, rounded down: never over the budget
        }
        int[] start = null;
        int[] every = null;
        if (spec.timing()) {
            start = new int[m];
            every = new int[m];
            for (int i = 0; i < m; i++) {
                start[i] = scale(x[weights + i], spec.startRange());
                every[i] = scale(x[weights + m + i], spec.everyRange());
            }
        }
        return new Allocation(budgets, start, every);
    }

    private static int scale(double u, int[] range) {
        double c = Math.min(Math.max(u, 0), 1);
        return (int) Math.min(range[1], range[0] + Math.floor(c * (range[1] - range[0] + 1)));
    }

    /** The {@code --set} settings that turn the base scenario into this plan. */
    public List<String> overrides(Allocation a) {
        List<String> out = new ArrayList<>(spec.set());
        for (int i = 0; i < m; i++) {
            int c = spec.levers().get(i);
            out.add("campaigns[" + c + "].budget=" + String.format(Locale.ROOT, "%.2f", a.budgets()[i]));
            if (a.start() != null) {
                out.add("campaigns[" + c + "].start=" + a.start()[i]);
                out.add("campaigns[" + c + "].every=" + a.every()[i]);
            }
        }
        return out;
    }

    Scenario scenario(List<String> overrides) throws ScenarioException {
        return ScenarioLoader.load(spec.scenarioFile(), overrides);
    }

    /** Mean objective (and cost) of a plan over replications {@code 0..reps-1} of master seed {@code master}. */
    public Score score(Scenario s, long master, int reps) throws Exception {
        List<Batch.Task> tasks = new ArrayList<>();
        for (int r = 0; r < reps; r++) {
            tasks.add(new Batch.Task(0, r, Seeds.replication(master, r), s, baseDir));
        }
        List<Outcome> out = batch.run(tasks);
        double[] y = out.stream().mapToDouble(o -> o.total(spec.kpi())).toArray();
        double[] cost = out.stream().mapToDouble(o -> o.total("campaign_spend")).toArray();
        return new Score(Stats.mean(y), Stats.sd(y), Stats.mean(cost), out);
    }

    /** The seeds the search scores plans on, and the fresh ones of the final comparison. */
    long searchSeed() {
        return spec.seed();
    }

    long validationSeed() {
        return Seeds.stream(spec.seed(), 0x56414C49L);
    }

    public Answer run(Path out) throws Exception {
        Score base = score(spec.base(), searchSeed(), spec.reps());
        budget = spec.budget() != null ? spec.budget() : Math.floor(base.cost() * 100) / 100;
        if (!(budget > 0)) {
            throw new shequn.montecarlo.ExperimentException(spec.source().file() + ": budget: the base plan spends nothing "
                    + "over its " + spec.base().days() + " days, so there is no budget to share out; give budget: (yuan)");
        }
        int n = dims();
        double[] start = new double[n];
        double[] lower = new double[n];
        double[] upper = new double[n];
        double[] sigma = new double[n];
        int weights = m + (spec.keepUnspent() ? 1 : 0);
        double[] spend = spec.budget() == null ? spendPerLever(base.cost()) : null;
        for (int i = 0; i < n; i++) {
            boolean weight = i < weights;
            lower[i] = weight ? -8 : 0;
            upper[i] = weight ? 8 : 1;
            // from the base plan's split, search near it (a strategist's plan is a good neighbourhood);
            // from equal shares, search widely
            sigma[i] = weight ? (spend != null ? 0.7 : 2) : (spend != null ? 0.15 : 0.3);
            start[i] = weight ? 0 : 0.5;
        }
        if (spend != null && java.util.Arrays.stream(spend).sum() > 0) {
            // start from the base plan's own split, so the search begins where the strategist did
            double total = 0;
            for (double v : spend) {
                total += v;
            }
            for (int i = 0; i < m; i++) {
                start[i] = Math.max(-8, Math.log(Math.max(spend[i], 1e-12) / total));
            }
            if (spec.keepUnspent()) {
                start[m] = -8;
            }
            baseSpend = spend;
        }
        if (spec.timing()) {
            for (int i = 0; i < m; i++) {
                Campaign c = spec.base().campaigns().get(spec.levers().get(i));
                start[weights + i] = unit(c.start() == null ? 0 : c.start(), spec.startRange());
                start[weights + m + i] = unit(c.every() == null ? 7 : c.every(), spec.everyRange());
            }
        }
        Search.Best best;
        try (BufferedWriter trace = shequn.files.Written.writer(out.resolve("trace.csv"),
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.TRUNCATE_EXISTING,
                java.nio.file.StandardOpenOption.WRITE);
             Meter bar = progress.open("plans", spec.evaluations())) {
            trace.write(traceHeader());
            double[] bestSoFar = {Double.NEGATIVE_INFINITY};
            best = Search.maximise(Search.searchable(x -> score(scenario(overrides(decode(x))), searchSeed(), spec.reps()).mean()),
                    start, lower, upper, sigma, spec.population(), spec.evaluations(), spec.seed(), (k, x, v) -> {
                bestSoFar[0] = Math.max(bestSoFar[0], v);
                trace.write(traceRow(k, decode(x), v, bestSoFar[0]));
                trace.flush();
                bar.update(k);
            });
        }
        Allocation plan = decode(best.point());
        List<String> overrides = overrides(plan);
        Scenario bestScenario = scenario(overrides);
        Score bestSearch = score(bestScenario, searchSeed(), spec.reps());
        // the paired comparison on fresh seeds
        Score baseV = score(spec.base(), validationSeed(), spec.validationReps());
        Score bestV = score(bestScenario, validationSeed(), spec.validationReps());
        int reps = spec.validationReps();
        double[] yb = new double[reps];
        double[] yo = new double[reps];
        double[] d = new double[reps];
        int better = 0;
        for (int r = 0; r < reps; r++) {
            yb[r] = baseV.outcomes().get(r).total(spec.kpi());
            yo[r] = bestV.outcomes().get(r).total(spec.kpi());
            d[r] = yo[r] - yb[r];
            better += d[r] > 0 ? 1 : 0;
        }
        double[] cb = baseV.outcomes().stream().mapToDouble(o -> o.total("cost")).toArray();
        double[] co = bestV.outcomes().stream().mapToDouble(o -> o.total("cost")).toArray();
        Incremental.Economics economics = Incremental.of(bestScenario.name() + "-optimised", spec.base().name(),
                bestV.outcomes(), baseV.outcomes());
        Answer a = new Answer(plan, budget, best, base, bestSearch, Stats.estimate(yb), Stats.estimate(yo), Stats.estimate(d),
                Stats.estimate(cb), Stats.estimate(co), (double) better / reps, overrides, economics);
        writeValidation(out, yb, yo, cb, co, margins(baseV), margins(bestV));
        return a;
    }

    private double[] baseSpend;

    /** What the base plan spends on each lever (share of the cost it saves when that lever alone gets no money). */
    public double[] baseSpend() {
        return baseSpend;
    }

    private double[] spendPerLever(double baseCost) throws Exception {
        double[] spend = new double[m];
        double sum = 0;
        for (int i = 0; i < m; i++) {
            List<String> o = new ArrayList<>(spec.set());
            o.add("campaigns[" + spec.levers().get(i) + "].budget=0");
            spend[i] = Math.max(0, baseCost - score(scenario(o), searchSeed(), spec.reps()).cost());
            sum += spend[i];
        }
        for (int i = 0; i < m; i++) {
            spend[i] = sum > 0 ? spend[i] * baseCost / sum : baseCost / m;
        }
        return spend;
    }

    private static double unit(int v, int[] range) {
        return Math.min(1, Math.max(0, (v - range[0] + 0.5) / (range[1] - range[0] + 1)));
    }

    private String label(int i) {
        int c = spec.levers().get(i);
        return "c" + c + "_" + spec.base().campaigns().get(c).name().replaceAll("[^A-Za-z0-9_-]", "_");
    }

    String traceHeader() {
        StringBuilder sb = new StringBuilder("evaluation,objective,best_so_far");
        for (int i = 0; i < m; i++) {
            sb.append(',').append(label(i)).append("_budget");
        }
        if (spec.timing()) {
            for (int i = 0; i < m; i++) {
                sb.append(',').append(label(i)).append("_start,").append(label(i)).append("_every");
            }
        }
        return sb.append('\n').toString();
    }

    private String traceRow(int k, Allocation a, double v, double best) {
        StringBuilder sb = new StringBuilder().append(k).append(',').append(num(v)).append(',').append(num(best));
        for (double b : a.budgets()) {
            sb.append(',').append(String.format(Locale.ROOT, "%.2f", b));
        }
        if (a.start() != null) {
            for (int i = 0; i < m; i++) {
                sb.append(',').append(a.start()[i]).append(',').append(a.every()[i]);
            }
        }
        return sb.append('\n').toString();
    }

    private static String num(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.6f", v) : "NaN";
    }

    private static double[] margins(Score s) {
        return s.outcomes().stream().mapToDouble(o -> o.total("gross_margin")).toArray();
    }

    private void writeValidation(Path out, double[] yb, double[] yo, double[] cb, double[] co, double[] gb, double[] go)
            throws IOException {
        new OutputDir(out).write("validation.csv", w -> {
            w.write("rep,seed,base_objective,best_objective,difference,base_cost,best_cost,base_gross_margin,"
                    + "best_gross_margin\n");
            for (int r = 0; r < yb.length; r++) {
                w.write(String.format(Locale.ROOT, "%d,%d,%s,%s,%s,%s,%s,%s,%s%n", r, Seeds.replication(validationSeed(), r),
                        num(yb[r]), num(yo[r]), num(yo[r] - yb[r]), num(cb[r]), num(co[r]), num(gb[r]), num(go[r])));
            }
        });
    }

    /**
     * Writes the best plan as a scenario file (the base file with the settings applied, named
     * {@code NAME-optimised}) and loads it back: a file that does not validate, or that is not the
     * plan that was scored, is a bug.
     */
    public static Path writePlan(Path out, Path scenarioFile, Scenario evaluated, List<String> overrides, String header)
            throws IOException, ScenarioException {
        return writeScenario(out, scenarioFile, evaluated, overrides, header, "-optimised");
    }

    /**
     * The base scenario file with settings applied, written to {@code out} as NAME + suffix + .yaml (NAME
     * the scenario's name made safe as a file name: {@link SafeName#slug}) and loaded back to check it.
     */
    public static Path writeScenario(Path out, Path scenarioFile, Scenario evaluated, List<String> overrides, String header,
                                     String suffix) throws IOException, ScenarioException {
        YAMLMapper yaml = YAMLMapper.builder().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES).build();
        ObjectNode root = (ObjectNode) yaml.readTree(Files.readString(scenarioFile, StandardCharsets.UTF_8));
        for (String s : overrides) {
            Overrides.apply(root, Overrides.parse(s));
        }
        root.put("name", evaluated.name() + suffix);
        if (evaluated.network().file() != null) {
            root.withObject("/network").put("file", evaluated.network().file());
        }
        String name = SafeName.slug(evaluated.name()) + suffix + ".yaml"; // the scenario's name is text, not a path
        String text = header + yaml.writeValueAsString(root);
        new OutputDir(out).write(name, w -> w.write(text));
        Path file = out.resolve(name);
        Scenario back = ScenarioLoader.load(file, List.of());
        Scenario expected = ScenarioLoader.load(scenarioFile, overrides);
        // the name is compared as it is, not through a --set text (which would read it as YAML)
        if (!back.name().equals(evaluated.name() + suffix) || !withoutName(back).equals(withoutName(expected))) {
            throw new IllegalStateException(file + " does not load back as the plan that was scored");
        }
        return file;
    }

    private static JsonNode withoutName(Scenario s) throws IOException {
        ObjectNode tree = (ObjectNode) Json.MAPPER.readTree(Json.MAPPER.writeValueAsString(s));
        tree.remove("name");
        return tree;
    }
}
