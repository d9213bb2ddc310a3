package shequn.serve;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import shequn.montecarlo.Batch;
import shequn.montecarlo.Comparison;
import shequn.montecarlo.Stats;
import shequn.optimize.OptimizeSpec;
import shequn.optimize.Optimizer;
import shequn.output.Fmt;
import shequn.output.OutputDir;
import shequn.scenario.Campaign;
import shequn.scenario.Scenario;

/**
 * The best budget split, as {@code shequn optimize} finds it: the page's plan (server settings and edits)
 * written as an optimize file in the run's folder ({@code optimize.yaml}: every campaign a lever, the budget
 * what the plan spends), searched with CMA-ES on the same runner, then the best plan against the page's plan
 * on fresh paired replications. "progress" events during the search; "optimized" with each campaign's
 * budget, the settings that make the best plan (the page can apply them as edits) and optimize's verdict.
 */
final class OptimizeRun extends Job {
    /** What to search: the objective, how many plans to try, replications per plan and for the final comparison. */
    record Ask(Library.Entry entry, Scenario plan, List<String> settings, String objective, int evaluations, int reps,
               int validationReps, int threads) {
    }

    private static final YAMLMapper YAML = YAMLMapper.builder().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES).build();

    private final Ask ask;

    OptimizeRun(int id, Path dir, Ask ask) throws Edits.Refused {
        super(id, dir);
        this.ask = ask;
        if (!OptimizeSpec.OBJECTIVES.containsKey(ask.objective())) {
            throw new Edits.Refused("objective: expected one of " + String.join(", ", OptimizeSpec.OBJECTIVES.keySet())
                    + ", got '" + Edits.oneLine(ask.objective()) + "'");
        }
        if (ask.plan().campaigns().isEmpty()) {
            throw new Edits.Refused(ask.entry().file() + ": the plan has no campaigns, so there is no budget to split");
        }
    }

    @Override
    void work() throws Exception {
        emit("start", JsonNodeFactory.instance.objectNode().put("run", id));
        ObjectNode spec = YAML.createObjectNode();
        spec.put("scenario", ask.entry().file().toString());
        ArrayNode set = spec.putArray("set");
        ask.settings().forEach(set::add);
        spec.put("objective", ask.objective());
        spec.put("levers", "all");
        spec.put("reps", ask.reps());
        spec.put("validation_reps", ask.validationReps());
        spec.put("evaluations", ask.evaluations());
        spec.put("seed", ask.plan().seed());
        String text = "# written by shequn serve: the page's plan, every campaign a lever\n" + YAML.writeValueAsString(spec);
        new OutputDir(dir).write("optimize.yaml", w -> w.write(text));
        OptimizeSpec parsed = OptimizeSpec.read(dir.resolve("optimize.yaml"));
        Optimizer.Answer a;
        try (Batch batch = new Batch(ask.threads(), stop)) {
            Optimizer opt = new Optimizer(parsed, batch);
            long[] last = {0};
            opt.progress((label, total) -> done -> {
                long now = System.nanoTime();
                if (done == total || now - last[0] > 250_000_000L) {
                    last[0] = now;
                    emit("progress", JsonNodeFactory.instance.objectNode().put("label", label).put("done", done)
                            .put("total", total));
                }
            });
            try {
                a = opt.run(dir);
            } catch (Exception e) {
                if (stop.get()) {
                    return; // stopped mid-search: what the search threw is only the stop
                }
                throw e;
            }
        }
        if (stop.get()) {
            return;
        }
        emit("optimized", answer(parsed, a));
    }

    private ObjectNode answer(OptimizeSpec spec, Optimizer.Answer a) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        ArrayNode rows = o.putArray("rows");
        for (int i = 0; i < spec.levers().size(); i++) {
            Campaign c = spec.base().campaigns().get(spec.levers().get(i));
            ObjectNode r = rows.addObject();
            r.put("campaign", spec.levers().get(i));
            r.put("name", c.name());
            Bands.num(r, "budget", a.best().budgets()[i]);
        }
        ArrayNode overrides = o.putArray("overrides");
        a.overrides().forEach(overrides::add);
        Stats.Estimate d = a.difference();
        String label = spec.objective().replace('_', ' ');
        String verdict = d.low() > 0 ? "beats" : d.high() < 0 ? "is worse than" : "is not clearly better than";
        o.put("table", String.format(Locale.ROOT, "best of %d plans; budget %,.0f yuan over the levers%n"
                        + "the best plan %s the page's plan on %d fresh paired replications: %s %s [%s, %s], better in %.0f%%%n",
                a.search().evaluations(), a.budget(), verdict, d.n(), label, signed(d.mean()), signed(d.low()),
                signed(d.high()), 100 * a.pBetter()) + Comparison.block(a.economics()));
        return o;
    }

    /** Yuan as whole numbers, rates (repeat rate) with their decimals, as optimize prints them. */
    private static String signed(double v) {
        return Math.abs(v) >= 100 ? Fmt.signedWhole(v) : String.format(Locale.ROOT, "%+.4f", v);
    }
}
