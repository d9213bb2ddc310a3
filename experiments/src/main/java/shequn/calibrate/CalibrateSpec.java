package shequn.calibrate;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import shequn.metrics.Kpi;
import shequn.scenario.Scenario;
import shequn.scenario.ScenarioException;
import shequn.scenario.ScenarioLoader;
import shequn.sweep.Parameter;
import shequn.sweep.SpecFile;
import shequn.sweep.SweepSpec;

/**
 * A calibration file: the scenario, the parameters to fit (ranges), the KPI series to match, how
 * they are aggregated, and the fitted window (the rest of the observed series is held back).
 */
public record CalibrateSpec(SpecFile source, Path scenarioFile, List<String> set, Scenario base, List<Parameter> parameters,
                            List<String> targets, String aggregate, int fitDays, int reps, long seed, int evaluations) {

    public static CalibrateSpec read(Path file) throws ScenarioException {
        SpecFile f = SpecFile.read(file);
        f.onlyFields("", new LinkedHashSet<>(List.of("scenario", "set", "parameters", "targets", "aggregate", "fit_days",
                "reps", "seed", "evaluations", "description")));
        Path scenario = f.dir().resolve(f.text("scenario", null));
        List<String> set = f.settings("set");
        Scenario base = ScenarioLoader.load(scenario, set);
        List<Parameter> parameters = SweepSpec.parameters(f, scenario, set, false);
        for (int i = 0; i < parameters.size(); i++) {
            if (!parameters.get(i).isRange()) {
                throw f.error("parameters[" + i + "]", "calibration fits numbers: give min and max, not values");
            }
        }
        JsonNode t = f.at("targets");
        // a calibration to an order log (--transactions) matches customers' histories, not KPI series
        if (t.isMissingNode()) {
            t = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
        } else if (!t.isArray() || t.isEmpty()) {
            throw f.error("targets", "expected a list of KPIs to match, e.g. [traffic, gmv]");
        }
        List<String> daily = Arrays.stream(Kpi.values()).filter(Kpi::calibrationTarget).map(Kpi::column).toList();
        List<String> targets = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            if (!t.get(i).isTextual() || !daily.contains(t.get(i).asText())) {
                throw f.error("targets[" + i + "]", "expected one of " + String.join(", ", daily) + ", got "
                        + SpecFile.describe(t.get(i)));
            }
            targets.add(t.get(i).asText());
        }
        String aggregate = f.text("aggregate", "weekly");
        if (!aggregate.equals("daily") && !aggregate.equals("weekly")) {
            throw f.error("aggregate", "expected daily or weekly, got '" + aggregate + "'");
        }
        int fitDays = (int) f.whole("fit_days", (long) base.days(), 1, base.days());
        return new CalibrateSpec(f, scenario, set, base, parameters, targets, aggregate, fitDays,
                (int) f.whole("reps", 4L, 1, 10_000), f.whole("seed", base.seed(), Long.MIN_VALUE, Long.MAX_VALUE),
                (int) f.whole("evaluations", 100L, 2, 1_000_000));
    }

    /** Days per period of the compared series. */
    public int period() {
        return aggregate.equals("weekly") ? 7 : 1;
    }
}
