package shequn.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import shequn.campaigns.levers.Seeding;
import shequn.montecarlo.Comparison;
import shequn.montecarlo.Experiment;
import shequn.montecarlo.Reports;
import shequn.scenario.Scenario;
import shequn.scenario.ScenarioLoader;
import shequn.seeding.SeedDesign;
import shequn.seeding.SeedReport;

@Command(name = "seed", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Seed users or a KOL for the same money? Adds to the plan one wave of seed users (种子用户) chosen "
                + "by each rule — random, degree, bridging, degree_discount, celf (influence maximisation on simulated "
                + "word of mouth), active_members — and, as the alternative, the KOL's weekly posts, each with the same "
                + "budget, and compares each with the plan as written, paired replication by replication (common random "
                + "numbers): people who know the store at the end, GMV, profit and incremental ROI with 95%% intervals.",
                "Writes seeding.csv, comparison.csv, incremental.csv, runs.csv, daily_runs.csv, daily_summary.csv and "
                        + "summary.json. The seeding lever itself (rule, seeds, unit_cost) can be put in any plan."})
final class SeedCommand implements Callable<Integer> {
    static final List<Seeding.Rule> DEFAULT_RULES = List.of(Seeding.Rule.RANDOM, Seeding.Rule.DEGREE,
            Seeding.Rule.BRIDGING, Seeding.Rule.DEGREE_DISCOUNT, Seeding.Rule.CELF, Seeding.Rule.ACTIVE_MEMBERS);

    @Parameters(paramLabel = "SCENARIO", description = "scenario file whose plan the seed users or KOL posts are added to")
    Path file;

    @Option(names = "--budget", description = "yuan for the seed users, and the same for the KOL (default: ${DEFAULT-VALUE})",
            defaultValue = "3000")
    double budget;

    @Option(names = "--unit-cost", description = "yuan per seed user, gift or commission (default: ${DEFAULT-VALUE})",
            defaultValue = "30")
    double unitCost;

    @Option(names = "--rules", split = ",", description = "seeding rules to compare (default: random, degree, bridging, "
            + "degree_discount, celf, active_members)")
    List<String> rules;

    @Option(names = "--kol", description = "the KOL whose posts are the alternative (default: the first in the scenario)")
    String kol;

    @Option(names = "--start", description = "day of the seeding wave and of the KOL's first post (default: "
            + "${DEFAULT-VALUE}: after a month, when the plan's groups have members to choose among)", defaultValue = "30")
    int start;

    @Option(names = "--reps", description = "paired replications (default: ${DEFAULT-VALUE})", defaultValue = "20")
    int reps;

    @Option(names = "--seed", description = "master seed (default: the scenario's seed)")
    Long seed;

    @Option(names = "--set", paramLabel = "PATH=VALUE", description = "override a field of the scenario")
    List<String> overrides = new ArrayList<>();

    @Mixin
    RunOptions run = new RunOptions();

    @Override
    public Integer call() throws Exception {
        ExperimentRunner.checkCounts(reps, run.threads);
        if (reps < 2) {
            throw new BadInput("shequn: --reps: at least 2 replications are needed for a confidence interval, got " + reps);
        }
        if (!(budget > 0) || !Double.isFinite(budget)) {
            throw new BadInput("shequn: --budget: expected yuan above 0, got " + budget);
        }
        if (!(unitCost > 0) || !Double.isFinite(unitCost) || unitCost > budget) {
            throw new BadInput("shequn: --unit-cost: expected yuan above 0 and at most the budget (" + budget + "), got "
                    + unitCost);
        }
        Scenario base = ScenarioLoader.load(file, overrides);
        if (start < 0 || start >= base.days()) {
            throw new BadInput("shequn: --start: expected a day from 0 to " + (base.days() - 1) + ", got " + start);
        }
        if (kol != null && base.kolIndex(kol) < 0) {
            throw new BadInput("shequn: --kol " + kol + ": " + file + " has no such KOL (it has: "
                    + String.join(", ", base.kols().stream().map(k -> k.id()).toList()) + ")");
        }
        List<Seeding.Rule> chosen = rules(base);
        Path dir = ExperimentRunner.folder(run.out, run.resume, "out/seed");
        if (run.resume == null) {
            Experiment.checkFresh(dir);
        }
        ExperimentRunner.lock(dir, run.resume);
        SeedDesign design = SeedDesign.of(file, overrides, budget, unitCost, chosen, kol, start);
        Sizes.worlds(file, design.variants().stream().map(SeedDesign.Variant::scenario).toList());
        Sizes.runs(file, design.variants().size(), reps, base.days(), true, "fewer --reps or --rules");
        System.err.printf(Locale.ROOT, "seed: %d rules%s at %s yuan, %d scenarios x %d replications (common random "
                + "numbers)%n", chosen.size(), design.variants().size() > chosen.size() + 1 ? " and the KOL" : "",
                shequn.output.Fmt.whole(budget), design.variants().size(), reps);
        Experiment.Result result = ExperimentRunner.run(design.plan(seed != null ? seed : base.seed(), reps), dir,
                ExperimentRunner.threads(run.threads), run.resume != null, null);
        if (result.stopReason() == Experiment.StopReason.INTERRUPTED) {
            return ExperimentRunner.INTERRUPTED;
        }
        Comparison comparison = Reports.writeCompare(dir, result, ExperimentRunner.threads(run.threads));
        List<SeedReport.Row> rows = SeedReport.rows(design, comparison);
        ExperimentRunner.write(dir, "seeding.csv", w -> SeedReport.writeCsv(w, rows));
        System.out.print(SeedReport.table(design, rows, result.reps()));
        System.out.println("wrote " + dir.resolve("seeding.csv") + ", comparison.csv, incremental.csv, runs.csv, "
                + "daily_runs.csv, daily_summary.csv, summary.json");
        if (!run.noCharts) {
            ChartCommand.drawAfter(dir);
        }
        return 0;
    }

    /** The rules asked for; active_members only when the plan has groups (else it would choose nobody). */
    List<Seeding.Rule> rules(Scenario base) throws BadInput {
        if (rules == null) {
            return DEFAULT_RULES.stream().filter(r -> r != Seeding.Rule.ACTIVE_MEMBERS || !base.groups().isEmpty()).toList();
        }
        List<Seeding.Rule> out = new ArrayList<>();
        for (String r : rules) {
            Seeding.Rule rule = DEFAULT_RULES.stream().filter(x -> SeedDesign.ruleName(x).equals(r.strip())).findFirst()
                    .orElseThrow(() -> new BadInput("shequn: --rules: unknown rule '" + r + "'; expected some of "
                            + String.join(", ", DEFAULT_RULES.stream().map(SeedDesign::ruleName).toList())));
            if (!out.contains(rule)) {
                out.add(rule);
            }
        }
        return out;
    }
}
