package shequn.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import shequn.montecarlo.Experiment;
import shequn.response.Curves;
import shequn.response.Design;
import shequn.scenario.Scenario;
import shequn.scenario.ScenarioLoader;
import shequn.viz.export.Format;

@Command(name = "response", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Response curves: for one campaign of the plan or all of them, vary its intensity from 0 (the plan "
                + "without it) to about 2.5 times the current setting and give incremental profit, GMV, gross margin, spend "
                + "and incremental ROI against the plan without that campaign, paired replication by replication (common "
                + "random numbers) with 95%% intervals; the current setting and the best one (highest incremental profit) "
                + "are marked.",
                "Intensity: red_packet amount; coupon discount; share_incentive commission; staff_invite and referral rate; "
                        + "emotion, product, content, kol_post, event, livestream, seeding and vip_pruning firings per 30 days "
                        + "(every = 30, 14, 7, 3, 2, 1 days); qr_code and mini_program on or off.",
                "Writes response.csv, response_runs.csv, summary.json and charts/response-profit (PNG, SVG); "
                        + "shequn report DIR shows them.",
                "Cost: one scenario per point (the plan as written shared by every curve), each run --reps times. "
                        + "With the defaults, --all on scenarios/store-plus-community.yaml (13 campaigns: 58 scenarios x 20 "
                        + "replications of 10,000 consumers x 365 days) took 4.5 minutes on a busy 2-core machine (3.7 "
                        + "minutes of CPU, so about 2 minutes on 2 idle cores). Fewer --reps or --points, or --set "
                        + "population.consumers=N, make it faster; more replications make the intervals narrower."})
final class ResponseCommand implements Callable<Integer> {
    static final int DEFAULT_REPS = 20;
    static final int DEFAULT_POINTS = 6;
    static final int MAX_POINTS = 20;
    private static final Pattern LEVER = Pattern.compile("(?:campaigns\\[)?\\s*(-?\\d+)\\s*\\]?");

    @Parameters(paramLabel = "SCENARIO", description = "scenario file (YAML or JSON) whose plan is examined")
    Path file;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Which which;

    static final class Which {
        @Option(names = "--lever", paramLabel = "campaigns[N]", description = "the campaign to vary, by its index in the "
                + "plan (campaigns[3] or 3); repeat for several")
        List<String> levers;

        @Option(names = "--all", description = "every campaign of the plan")
        boolean all;
    }

    @Option(names = "--points", description = "points per curve, the plan without the campaign included (default: "
            + "${DEFAULT-VALUE}; on/off levers always have 2)", defaultValue = "" + DEFAULT_POINTS)
    int points;

    @Option(names = "--reps", description = "paired replications per point (default: ${DEFAULT-VALUE})",
            defaultValue = "" + DEFAULT_REPS)
    int reps;

    @Option(names = "--seed", description = "master seed (default: the scenario's seed)")
    Long seed;

    @Option(names = "--set", paramLabel = "PATH=VALUE", description = "override a field of the scenario, e.g. "
            + "population.consumers=3000 (applied before the curves' own settings)")
    List<String> overrides = new ArrayList<>();

    @Option(names = "--lang", description = "chart labels: en or zh (default: ${DEFAULT-VALUE})", defaultValue = "en")
    String lang;

    @Mixin
    RunOptions run = new RunOptions();

    @Override
    public Integer call() throws Exception {
        ExperimentRunner.checkCounts(reps, run.threads);
        if (reps < 2) {
            throw new BadInput("shequn: --reps: at least 2 replications are needed for a confidence interval, got " + reps);
        }
        if (points < 2 || points > MAX_POINTS) {
            throw new BadInput("shequn: --points: expected 2 to " + MAX_POINTS + " (the plan without the campaign and at "
                    + "least the current setting), got " + points);
        }
        if (!run.noCharts) {
            VizOptions.style(lang); // a missing CJK font is refused now, not after the runs
        } else {
            VizOptions.lang(lang);
        }
        Path dir = ExperimentRunner.folder(run.out, run.resume, "out/response");
        Scenario base = ScenarioLoader.load(file, overrides);
        List<Integer> chosen = chosen(base);
        if (run.resume == null) {
            Experiment.checkFresh(dir);
            if (Files.exists(dir.resolve(Curves.RESPONSE_CSV))) {
                throw new BadInput(dir + ": already holds results (" + Curves.RESPONSE_CSV + "); use another --out");
            }
        }
        Design design = Design.of(file, overrides, chosen, points);
        int threads = ExperimentRunner.threads(run.threads);
        System.err.printf(Locale.ROOT, "response: %d campaign%s, %d points, %d scenarios x %d replications "
                        + "(paired with each campaign's absence, common random numbers)%n", design.curves().size(),
                design.curves().size() == 1 ? "" : "s", design.pointCount(), design.runs().size(), reps);
        Experiment.Result result = ExperimentRunner.run(design.plan(seed != null ? seed : base.seed(), reps),
                design.layout(), dir, threads, run.resume != null, null);
        if (result.stopReason() == Experiment.StopReason.INTERRUPTED) {
            return ExperimentRunner.INTERRUPTED;
        }
        List<Curves.Row> rows = Curves.rows(design, result);
        Curves.writeCsv(dir, rows);
        Curves.writeSummary(dir, design, rows, result, points, threads);
        System.out.print(Curves.table(design, rows, result));
        System.out.println("wrote " + dir.resolve(Curves.RESPONSE_CSV) + ", " + Design.RUNS_CSV + ", summary.json");
        if (!run.noCharts) {
            try {
                ChartCommand.draw(dir, lang, List.of(Format.PNG, Format.SVG), 150, dir.resolve("charts"));
            } catch (Exception e) {
                System.err.println("shequn: results are written, but the charts were not: " + e.getMessage()
                        + " (retry with: shequn chart " + dir + ")");
            }
        }
        return 0;
    }

    /** The campaign indices asked for, in plan order; refuses an index the plan does not have. */
    List<Integer> chosen(Scenario base) throws BadInput {
        int n = base.campaigns().size();
        if (n == 0) {
            throw new BadInput("shequn: " + file + ": the plan has no campaigns, so there is no response to draw");
        }
        List<Integer> out = new ArrayList<>();
        if (which.all) {
            for (int i = 0; i < n; i++) {
                out.add(i);
            }
            return out;
        }
        for (String text : which.levers) {
            Matcher m = LEVER.matcher(text.strip());
            if (!m.matches()) {
                throw new BadInput("shequn: --lever: expected campaigns[N] (or N), e.g. campaigns[3], got '" + text + "'");
            }
            int i;
            try {
                i = Integer.parseInt(m.group(1));
            } catch (NumberFormatException e) {
                throw new BadInput("shequn: --lever " + text + ": not a campaign index");
            }
            if (i < 0 || i >= n) {
                throw new BadInput("shequn: --lever " + text + ": no such campaign; " + file + " has " + n + " campaign"
                        + (n == 1 ? "" : "s") + " (campaigns[0] to campaigns[" + (n - 1) + "])");
            }
            if (!out.contains(i)) {
                out.add(i);
            }
        }
        out.sort(null);
        return out;
    }
}
