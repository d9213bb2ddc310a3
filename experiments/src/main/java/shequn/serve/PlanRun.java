package shequn.serve;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import shequn.engine.Simulation;
import shequn.metrics.DailyKpis;
import shequn.metrics.Kpi;
import shequn.montecarlo.Comparison;
import shequn.montecarlo.Experiment;
import shequn.montecarlo.Meter;
import shequn.montecarlo.Plan;
import shequn.montecarlo.ReplicationPool;
import shequn.montecarlo.Reports;
import shequn.output.OutputDir;
import shequn.scenario.Scenario;
import shequn.scenario.ScenarioException;
import shequn.scenario.ScenarioLoader;
import shequn.viz.Lang;
import shequn.viz.Messages;
import shequn.viz.data.Results;
import shequn.viz.report.Verdicts;
import shequn.world.World;

/**
 * Run, as the page's Run button asks: (1) replication 0 of the edited plan streamed day by day ("day"
 * events; pause and stop between days), then (2) the paired experiment of {@code compare} — the original
 * plan and the edited one, replication i of both from the same seed — with bands ("bands" events) as
 * replications finish, then (3) {@code compare}'s files in the run's folder and its verdict ("verdict").
 * Replication 0 streamed is exactly replication 0 of the experiment: same scenario, same seed.
 */
final class PlanRun extends Job {
    /** The daily KPIs each "day" event carries (the page's live charts). */
    static final List<Kpi> LIVE = List.of(Kpi.TRAFFIC, Kpi.PURCHASES, Kpi.CONVERSION, Kpi.BASKET, Kpi.GMV,
            Kpi.REPEAT_RATE, Kpi.LADDER_NONE, Kpi.LADDER_AWARE, Kpi.LADDER_WEAK, Kpi.LADDER_STRONG, Kpi.ADVOCATES,
            Kpi.GROUPS_ALIVE, Kpi.MEMBERS, Kpi.ACTIVE_MEMBERS, Kpi.AWARE, Kpi.NEWLY_AWARE, Kpi.WOM_REACH, Kpi.COST,
            Kpi.PROFIT);

    /** What to run: the scenario, its two versions, how many replications, the page's language and pace. */
    record Ask(Library.Entry entry, Scenario original, Scenario edited, List<String> common, Edits edits, int reps,
               int threads, Lang lang, int msPerDay) {
    }

    private final Ask ask;

    PlanRun(int id, Path dir, Ask ask) {
        super(id, dir);
        this.ask = ask;
    }

    @Override
    void work() throws Exception {
        Plan plan = plan();
        ObjectNode start = JsonNodeFactory.instance.objectNode();
        start.put("run", id);
        start.put("days", ask.edited().days());
        start.put("reps", ask.reps());
        start.put("seed", plan.seed());
        emit("start", start);
        if (!live(plan.seedOf(1, 0)) || stopped()) {
            return;
        }
        compare(plan);
    }

    /** compare's plan: the original first (the baseline), the edited one second, renamed so the tables tell them apart. */
    private Plan plan() throws ScenarioException {
        Path file = ask.entry().file();
        List<String> editedSettings = new ArrayList<>(ask.edits().settings());
        editedSettings.add("name=" + ask.original().name() + "-edited");
        List<String> all = new ArrayList<>(ask.common());
        all.addAll(editedSettings);
        Scenario edited = ScenarioLoader.load(file, all);
        return Plan.fixed("compare", List.of(file, file), List.of(ask.original(), edited), ask.common(),
                ask.original().seed(), ask.reps()).withExtraOverrides(List.of(List.of(), editedSettings));
    }

    /** Streams one replication day by day; false if stopped before the last day. */
    private boolean live(long seed) throws Exception {
        Simulation sim = Simulation.start(ask.edited(), seed, World.baseDirOf(ask.entry().file()));
        try {
            int days = ask.edited().days();
            while (sim.day() < days) {
                if (stopped()) {
                    return false;
                }
                sim.step();
                emit("day", day(sim.kpis(), sim.day() - 1, days));
                if (ask.msPerDay() > 0) {
                    Thread.sleep(ask.msPerDay());
                }
            }
            return true;
        } finally {
            sim.finish();
        }
    }

    private static ObjectNode day(DailyKpis k, int day, int days) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("day", day);
        o.put("days", days);
        for (Kpi kpi : LIVE) {
            Bands.num(o, kpi.column(), k.get(day, kpi));
        }
        return o;
    }

    private void compare(Plan plan) throws Exception {
        Bands bands = new Bands();
        long[] last = {0};
        int total = plan.reps() * 2;
        Experiment.Result result;
        try (Tap tap = new Tap(new ReplicationPool(ask.threads(), stop), o -> {
            bands.add(o);
            long now = System.nanoTime();
            int done = bands.done(0) + bands.done(1);
            if (done == total || now - last[0] > 250_000_000L) { // a few updates a second is all a chart shows
                last[0] = now;
                ObjectNode b = bands.toJson();
                b.put("done", done);
                b.put("total", total);
                emit("bands", b);
            }
        })) {
            result = new Experiment(plan, dir, ask.threads(), stop, Meter.NONE).on(tap).run(false);
        }
        if (result.stopReason() == Experiment.StopReason.INTERRUPTED || stop.get()) {
            return;
        }
        Comparison comparison = Reports.writeCompare(dir, result, ask.threads());
        OutputDir out = new OutputDir(dir);
        Plans plans = new Plans(ask.common());
        String original = plans.yaml(ask.entry(), Edits.NONE);
        String edited = plans.yaml(ask.entry(), ask.edits());
        out.write("original.yaml", w -> w.write(original));
        out.write("edited.yaml", w -> w.write(edited));
        emit("verdict", verdict(dir, ask.lang(), comparison, result));
    }

    /** compare's verdict, read back from the tables just written, in the page's language. */
    static ObjectNode verdict(Path dir, Lang lang, Comparison comparison, Experiment.Result result) {
        Results results = new Results(dir);
        Verdicts v = new Verdicts(new Messages(lang));
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        ArrayNode lines = o.putArray("lines");
        v.economics(results.incremental()).forEach(lines::add);
        v.sentences(results.comparison("repeat_rate")).forEach(lines::add);
        o.put("table", comparison.table());
        o.put("reps", result.reps());
        o.put("seconds", result.wallSeconds());
        return o;
    }
}
