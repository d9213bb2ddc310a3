package shequn.serve;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import shequn.montecarlo.Experiment;
import shequn.montecarlo.Meter;
import shequn.montecarlo.ReplicationPool;
import shequn.response.Curves;
import shequn.response.Design;
import shequn.scenario.Scenario;
import shequn.viz.Lang;

/**
 * Response curves of the edited plan's levers, as {@code shequn response} computes them (the same design,
 * runner and seeds): each campaign at a few intensities, paired with the plan without it. "progress" events
 * as replications finish, then "curves" with every point and {@code response}'s table, files in the run's
 * folder ({@code response.csv}, {@code response_runs.csv}, {@code summary.json}).
 */
final class ResponseRun extends Job {
    /** What to draw: which campaign (-1: all of them), how many points and replications. */
    record Ask(Library.Entry entry, Scenario scenario, List<String> settings, int lever, int points, int reps,
               int threads, Lang lang) {
    }

    private final Ask ask;

    ResponseRun(int id, Path dir, Ask ask) throws Edits.Refused {
        super(id, dir);
        this.ask = ask;
        int n = ask.scenario().campaigns().size();
        if (n == 0) {
            throw new Edits.Refused(ask.entry().file() + ": the plan has no campaigns, so there is no response to draw");
        }
        if (ask.lever() >= n) {
            throw new Edits.Refused("--lever campaigns[" + ask.lever() + "]: no such campaign; the plan has " + n
                    + " (campaigns[0] to campaigns[" + (n - 1) + "])");
        }
    }

    @Override
    void work() throws Exception {
        List<Integer> chosen = new ArrayList<>();
        for (int i = 0; i < ask.scenario().campaigns().size(); i++) {
            if (ask.lever() < 0 || ask.lever() == i) {
                chosen.add(i);
            }
        }
        Design design = Design.of(ask.entry().file(), ask.settings(), chosen, ask.points());
        emit("start", JsonNodeFactory.instance.objectNode().put("run", id));
        int total = design.runs().size() * ask.reps();
        int[] done = {0};
        long[] last = {0};
        Experiment.Result result;
        try (Tap tap = new Tap(new ReplicationPool(ask.threads(), stop), o -> {
            done[0]++;
            long now = System.nanoTime();
            if (done[0] == total || now - last[0] > 250_000_000L) {
                last[0] = now;
                emit("progress", JsonNodeFactory.instance.objectNode().put("done", done[0]).put("total", total));
            }
        })) {
            result = new Experiment(design.plan(ask.scenario().seed(), ask.reps()), dir, ask.threads(), stop, Meter.NONE)
                    .layout(design.layout()).on(tap).run(false);
        }
        if (result.stopReason() == Experiment.StopReason.INTERRUPTED || stop.get()) {
            return;
        }
        List<Curves.Row> rows = Curves.rows(design, result);
        Curves.writeCsv(dir, rows);
        Curves.writeSummary(dir, design, rows, result, ask.points(), ask.threads());
        emit("curves", curves(design, rows, result));
    }

    private static ObjectNode curves(Design design, List<Curves.Row> rows, Experiment.Result result) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        ArrayNode list = o.putArray("rows");
        for (Curves.Row r : rows) {
            ObjectNode row = list.addObject();
            row.put("campaign", r.curve().campaign());
            row.put("name", r.curve().name());
            row.put("parameter", r.curve().knob().parameter());
            row.put("point", r.point());
            Bands.num(row, "intensity", r.at().intensity());
            if (r.at().value() != null) {
                Bands.num(row, "value", r.at().value());
            }
            row.put("current", r.at().current());
            row.put("best", r.best());
            Bands.num(row, "d_profit", r.dProfit().mean());
            Bands.num(row, "d_profit_lo", r.dProfit().low());
            Bands.num(row, "d_profit_hi", r.dProfit().high());
            Bands.num(row, "d_gmv", r.dGmv().mean());
        }
        o.put("table", Curves.table(design, rows, result));
        return o;
    }
}
