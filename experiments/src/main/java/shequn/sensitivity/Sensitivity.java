package shequn.sensitivity;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import shequn.output.Fmt;
import shequn.montecarlo.Experiment;
import shequn.output.OutputDir;
import shequn.sweep.Designs;
import shequn.sweep.Parameter;
import shequn.sweep.Sweep;
import shequn.sweep.SweepSpec;

/**
 * A sensitivity analysis as a sweep: the Saltelli points (Sobol indices) and/or the Morris
 * trajectories become the design points of one sweep, run with common random numbers; each
 * point's output is its mean over replications.
 *
 * @param samples      N of the Saltelli scheme (0: no Sobol indices)
 * @param trajectories r of the Morris screen (0: no Morris effects)
 */
public record Sensitivity(SweepSpec spec, int samples, int trajectories, int levels, int bootstrap, List<String> kpis) {

    public int k() {
        return spec.parameters().size();
    }

    public int sobolPoints() {
        return samples == 0 ? 0 : samples * (k() + 2);
    }

    /** The unit-cube points: Saltelli's first, then Morris's. */
    public List<double[]> units() {
        List<double[]> u = new ArrayList<>();
        if (samples > 0) {
            u.addAll(SobolIndices.saltelli(samples, k()));
        }
        if (trajectories > 0) {
            u.addAll(Morris.trajectories(trajectories, k(), levels, spec.seed()));
        }
        return u;
    }

    public List<List<JsonNode>> design() {
        return Designs.values(spec.parameters(), units());
    }

    /** One row of sensitivity.csv. */
    public record Row(String kpi, String method, String parameter, String statistic, double value, double low,
                      double high, int rank) {
    }

    /** Indices of every KPI from the sweep's per-point means. */
    public List<Row> analyse(Experiment.Result r) {
        List<double[]> units = units();
        int total = units.size();
        List<Row> rows = new ArrayList<>();
        for (String kpi : kpis) {
            double[] y = Sweep.means(r, total, kpi);
            if (samples > 0) {
                double[] ys = java.util.Arrays.copyOfRange(y, 0, sobolPoints());
                SobolIndices.Result s = SobolIndices.analyse(ys, samples, k(), bootstrap, spec.seed());
                int[] rank = ranks(s.total().stream().mapToDouble(SobolIndices.Estimate::value).toArray());
                for (int i = 0; i < k(); i++) {
                    String p = spec.parameters().get(i).path();
                    SobolIndices.Estimate f = s.first().get(i);
                    SobolIndices.Estimate t = s.total().get(i);
                    rows.add(new Row(kpi, "sobol", p, "S1", f.value(), f.low(), f.high(), rank[i]));
                    rows.add(new Row(kpi, "sobol", p, "ST", t.value(), t.low(), t.high(), rank[i]));
                }
            }
            if (trajectories > 0) {
                double[] ym = java.util.Arrays.copyOfRange(y, sobolPoints(), total);
                Morris.Effects e = Morris.analyse(units.subList(sobolPoints(), total), ym, trajectories, k());
                int[] rank = ranks(e.muStar());
                for (int i = 0; i < k(); i++) {
                    String p = spec.parameters().get(i).path();
                    rows.add(new Row(kpi, "morris", p, "mu_star", e.muStar()[i], Double.NaN, Double.NaN, rank[i]));
                    rows.add(new Row(kpi, "morris", p, "mu", e.mu()[i], Double.NaN, Double.NaN, rank[i]));
                    rows.add(new Row(kpi, "morris", p, "sigma", e.sigma()[i], Double.NaN, Double.NaN, rank[i]));
                }
            }
        }
        return rows;
    }

    /** 1 for the largest value; NaN last. */
    static int[] ranks(double[] v) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < v.length; i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble(i -> Double.isNaN(v[i]) ? Double.POSITIVE_INFINITY : -v[i]));
        int[] rank = new int[v.length];
        for (int r = 0; r < order.size(); r++) {
            rank[order.get(r)] = r + 1;
        }
        return rank;
    }

    public static void write(Path dir, List<Row> rows) throws IOException {
        new OutputDir(dir).write("sensitivity.csv", w -> csv(w, rows));
    }

    private static void csv(Writer w, List<Row> rows) throws IOException {
        w.write("kpi,method,parameter,statistic,value,ci_low,ci_high,rank\n");
        for (Row r : rows) {
            w.write(String.format(Locale.ROOT, "%s,%s,%s,%s,%s,%s,%s,%d%n", r.kpi(), r.method(), r.parameter(),
                    r.statistic(), num(r.value()), num(r.low()), num(r.high()), r.rank()));
        }
    }

    private static String num(double v) {
        return Double.isNaN(v) || Double.isInfinite(v) ? "NaN" : String.format(Locale.ROOT, "%.6g", v);
    }

    /** Per KPI, the parameters ranked (by ST with Sobol indices, else by mu*). */
    public String table(List<Row> rows) {
        StringBuilder sb = new StringBuilder();
        for (String kpi : kpis) {
            sb.append(String.format(Locale.ROOT, "%s%n", kpi));
            sb.append(String.format(Locale.ROOT, "  %-4s %-28s %24s %24s %12s %12s%n", "rank", "parameter",
                    samples > 0 ? "S1 [95% CI]" : "", samples > 0 ? "ST [95% CI]" : "", trajectories > 0 ? "mu*" : "",
                    trajectories > 0 ? "sigma" : ""));
            String method = samples > 0 ? "sobol" : "morris";
            List<Parameter> ps = spec.parameters();
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < ps.size(); i++) {
                order.add(i);
            }
            order.sort(Comparator.comparingInt(i -> find(rows, kpi, method, ps.get(i).path(),
                    method.equals("sobol") ? "ST" : "mu_star").rank()));
            for (int i : order) {
                String p = ps.get(i).path();
                String s1 = "";
                String st = "";
                if (samples > 0) {
                    s1 = interval(find(rows, kpi, "sobol", p, "S1"));
                    st = interval(find(rows, kpi, "sobol", p, "ST"));
                }
                String mu = trajectories > 0 ? Fmt.sig(find(rows, kpi, "morris", p, "mu_star").value(), 4) : "";
                String sg = trajectories > 0 ? Fmt.sig(find(rows, kpi, "morris", p, "sigma").value(), 4) : "";
                sb.append(String.format(Locale.ROOT, "  %-4d %-28s %24s %24s %12s %12s%n",
                        find(rows, kpi, method, p, method.equals("sobol") ? "ST" : "mu_star").rank(), p, s1, st, mu, sg));
            }
        }
        return sb.toString();
    }

    private static String interval(Row r) {
        return String.format(Locale.ROOT, "%.3f [%.3f, %.3f]", r.value(), r.low(), r.high());
    }

    private static Row find(List<Row> rows, String kpi, String method, String parameter, String statistic) {
        for (Row r : rows) {
            if (r.kpi().equals(kpi) && r.method().equals(method) && r.parameter().equals(parameter)
                    && r.statistic().equals(statistic)) {
                return r;
            }
        }
        throw new IllegalStateException("no " + statistic + " for " + parameter);
    }
}
