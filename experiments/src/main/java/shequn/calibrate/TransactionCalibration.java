package shequn.calibrate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import shequn.calibrate.btyd.BgNbd;
import shequn.calibrate.btyd.History;
import shequn.calibrate.btyd.MaximumLikelihood;
import shequn.calibrate.btyd.ParetoNbd;
import shequn.calibrate.orders.Cohort;
import shequn.output.Fmt;
import shequn.output.OutputDir;

/**
 * Calibration to an order log: BG/NBD and Pareto/NBD by maximum likelihood and the agent model by
 * simulated moments, all on the same cohort's calibration histories, each forecasting the held-back
 * weeks; the three forecasts side by side against what happened.
 */
public final class TransactionCalibration {
    private TransactionCalibration() {
    }

    /** The fits and their forecasts; {@code agent} null when the calibration file names no parameters. */
    public record Result(Cohort cohort, MaximumLikelihood.Fit bgnbd, MaximumLikelihood.Fit pareto, AgentFit.Result agent,
                         List<Forecast> forecasts) {
    }

    /** The entry-day file of the agent model: one row per cohort customer, in cohort order. */
    public static void writeEntries(Path out, Cohort c) throws IOException {
        new OutputDir(out).write("entry.csv", w -> {
            w.write("customer,entry_day\n");
            for (int i = 0; i < c.size(); i++) {
                w.write(csv(c.ids().get(i)) + "," + c.entry()[i] + "\n");
            }
        });
    }

    static String csv(String s) {
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    public static Result fitReferences(Cohort c, AgentFit.Result agent) {
        MaximumLikelihood.Fit bg = MaximumLikelihood.fit(new BgNbd(), c.histories());
        MaximumLikelihood.Fit pn = MaximumLikelihood.fit(new ParetoNbd(), c.histories());
        List<Forecast> f = new ArrayList<>(List.of(Forecast.of(bg.model(), bg.value(), c), Forecast.of(pn.model(), pn.value(), c)));
        if (agent != null) {
            f.add(agent.forecast());
        }
        return new Result(c, bg, pn, agent, f);
    }

    static String num(double v) {
        return Calibrator.num(v);
    }

    /** parameters.csv, holdout.csv, customers.csv and, with the agent model, moments.csv and trace.csv. */
    public static void write(Path out, Result r, List<String> agentPaths) throws IOException {
        OutputDir dir = new OutputDir(out);
        Cohort c = r.cohort();
        dir.write("parameters.csv", w -> {
            w.write("model,parameter,value,se,ci_low,ci_high\n");
            for (MaximumLikelihood.Fit f : List.of(r.bgnbd(), r.pareto())) {
                for (int i = 0; i < f.value().length; i++) {
                    w.write(String.join(",", f.model().name(), f.names().get(i), num(f.value()[i]), num(f.se()[i]),
                            num(f.low()[i]), num(f.high()[i])) + "\n");
                }
            }
            if (r.agent() != null) {
                for (Calibrator.Fitted f : r.agent().fitted()) {
                    w.write(String.join(",", "agent model", f.path(), num(f.value()), num(f.se()), num(f.low()), num(f.high()))
                            + "\n");
                }
            }
        });
        double[] actual = c.actualCumulative();
        dir.write("holdout.csv", w -> {
            w.write("week,first_date,actual");
            for (Forecast f : r.forecasts()) {
                w.write("," + slug(f.name()));
            }
            w.write("\n");
            for (int k = 0; k < c.holdoutWeeks(); k++) {
                w.write((k + 1) + "," + c.log().first().plusDays(c.cut() + 7L * k) + "," + num(actual[k]));
                for (Forecast f : r.forecasts()) {
                    w.write("," + num(f.cumulative()[k]));
                }
                w.write("\n");
            }
        });
        dir.write("tracking.csv", w -> {
            // cumulative repeat transactions at week ends counted back from the cut: fitted in the calibration
            // weeks (the models' unconditional expectation for each customer since their entry, the agent
            // model's simulated mean), forecast after it (the actual count at the cut plus each conditional forecast)
            w.write("day,date,window,actual");
            for (Forecast f : r.forecasts()) {
                w.write("," + slug(f.name()));
            }
            w.write("\n");
            double[] actualAtDay = new double[c.log().days() + 1];
            for (int d = 0; d < c.log().days(); d++) {
                actualAtDay[d + 1] = actualAtDay[d] + c.repeatsByDay()[d];
            }
            for (int day = c.cut() % 7; day <= c.cut() + 7 * c.holdoutWeeks(); day += 7) {
                boolean fit = day <= c.cut();
                w.write(day + "," + c.log().first().plusDays(day) + "," + (fit ? "fit" : "holdout") + "," + num(actualAtDay[day]));
                for (int k = 0; k < r.forecasts().size(); k++) {
                    w.write("," + num(tracked(r, k, day, actualAtDay[c.cut()])));
                }
                w.write("\n");
            }
        });
        dir.write("customers.csv", w -> {
            w.write("customer,entry_day,x,t_x,T,spend,holdout_actual");
            for (Forecast f : r.forecasts()) {
                w.write("," + slug(f.name()));
            }
            w.write("\n");
            for (int i = 0; i < c.size(); i++) {
                History h = c.histories().get(i);
                w.write(String.join(",", csv(c.ids().get(i)), Integer.toString(c.entry()[i]), Integer.toString(h.x()),
                        num(h.tx()), num(h.T()), num(c.spend()[i]), Integer.toString(c.holdout()[i])));
                for (Forecast f : r.forecasts()) {
                    w.write("," + num(f.perCustomer()[i]));
                }
                w.write("\n");
            }
        });
        if (r.agent() != null) {
            AgentFit.Result a = r.agent();
            dir.write("moments.csv", w -> {
                w.write("moment,observed,simulated,se_observed\n");
                for (int j = 0; j < a.moments().size(); j++) {
                    w.write(String.join(",", a.moments().get(j), num(a.observed()[j]), num(a.simulated()[j]),
                            num(Math.sqrt(a.variance()[j]))) + "\n");
                }
            });
            dir.write("trace.csv", w -> {
                w.write("evaluation,distance," + String.join(",", agentPaths) + "\n");
                for (String row : a.trace()) {
                    w.write(row + "\n");
                }
            });
        }
    }

    /** Model k's cumulative repeat transactions of the cohort by the start of {@code day}: fitted, then forecast. */
    static double tracked(Result r, int k, int day, double actualAtCut) {
        Cohort c = r.cohort();
        if (day > c.cut()) {
            return actualAtCut + r.forecasts().get(k).cumulative()[(day - c.cut()) / 7 - 1];
        }
        if (k == 2) {
            return day == 0 ? 0 : r.agent().cumulativeByDay()[day - 1];
        }
        MaximumLikelihood.Fit f = k == 0 ? r.bgnbd() : r.pareto();
        double sum = 0;
        for (int i = 0; i < c.size(); i++) {
            if (c.entry()[i] < day) {
                // the first order is on the entry day; repeats are counted from the next day, as in the log
                sum += f.model().expected(f.value(), (day - c.entry()[i] - 1) / 7.0);
            }
        }
        return sum;
    }

    /** A forecast's column name: bgnbd, pareto_nbd, agent_model. */
    public static String slug(String name) {
        return name.toLowerCase(Locale.ROOT).replace("/", "_").replace(" ", "_").replace("bg_nbd", "bgnbd");
    }

    private static String row(String name, double value, double se, double low, double high) {
        return String.format(Locale.ROOT, "  %-28s %12s  se %10s  95%% %s%n", name, Fmt.sig(value, 5),
                Double.isNaN(se) ? "—" : Fmt.sig(se, 3), Double.isNaN(low) ? "—" : "[" + Fmt.sig(low, 4) + ", " + Fmt.sig(high, 4) + "]");
    }

    /** The side-by-side table a consultant reads. */
    public static String report(Result r, String logName) {
        Cohort c = r.cohort();
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "order log %s: %d orders, %d customers, %s to %s (%d days)%n", logName,
                c.log().rows(), c.log().customers(), c.log().first(), c.log().first().plusDays(c.log().days() - 1),
                c.log().days()));
        sb.append(String.format(Locale.ROOT, "calibration: days 0-%d (%s to %s), %d customers, %d repeat transactions; "
                + "held back: the last %d weeks%s%n", c.cut() - 1, c.log().first(), c.log().first().plusDays(c.cut() - 1),
                c.size(), c.calibrationRepeats(), c.holdoutWeeks(), c.newInHoldout() > 0 ? " (" + c.newInHoldout()
                + " customers who first bought in them are not forecast)" : ""));
        for (MaximumLikelihood.Fit f : List.of(r.bgnbd(), r.pareto())) {
            sb.append(String.format(Locale.ROOT, "%-11s ln L %.2f (maximum likelihood)%n", f.model().name(), f.logLik()));
            for (int i = 0; i < f.value().length; i++) {
                sb.append(row(f.names().get(i), f.value()[i], f.se()[i], f.low()[i], f.high()[i]));
            }
            for (String w : f.warnings()) {
                sb.append("warning: ").append(f.model().name()).append(": ").append(w).append('\n');
            }
        }
        if (r.agent() != null) {
            AgentFit.Result a = r.agent();
            sb.append(String.format(Locale.ROOT, "agent model  moment distance %.2f over %d moments (best at evaluation %d of %d)%n",
                    a.objective(), a.moments().size(), a.bestAt(), a.evaluations()));
            for (Calibrator.Fitted f : a.fitted()) {
                sb.append(row(f.path(), f.value(), f.se(), f.low(), f.high()));
            }
            for (String w : a.warnings()) {
                sb.append("warning: agent model: ").append(w).append('\n');
            }
        }
        double[] actual = c.actualCumulative();
        sb.append("held-back cumulative repeat transactions\n");
        sb.append(String.format(Locale.ROOT, "  %4s  %-10s %9s", "week", "from", "actual"));
        for (Forecast f : r.forecasts()) {
            sb.append(String.format(Locale.ROOT, " %12s", f.name()));
        }
        sb.append('\n');
        for (int k = 0; k < c.holdoutWeeks(); k++) {
            sb.append(String.format(Locale.ROOT, "  %4d  %-10s %9.0f", k + 1, c.log().first().plusDays(c.cut() + 7L * k), actual[k]));
            for (Forecast f : r.forecasts()) {
                sb.append(String.format(Locale.ROOT, " %12.1f", f.cumulative()[k]));
            }
            sb.append('\n');
        }
        sb.append(String.format(Locale.ROOT, "  %-26s", "total error"));
        for (Forecast f : r.forecasts()) {
            sb.append(String.format(Locale.ROOT, " %+11.2f%%", 100 * f.totalError(c)));
        }
        sb.append(String.format(Locale.ROOT, "%n  %-26s", "per customer: mean abs err"));
        for (Forecast f : r.forecasts()) {
            sb.append(String.format(Locale.ROOT, " %12.3f", f.meanAbsoluteError(c)));
        }
        sb.append(String.format(Locale.ROOT, "%n  %-26s", "per customer: RMSE"));
        for (Forecast f : r.forecasts()) {
            sb.append(String.format(Locale.ROOT, " %12.3f", f.rmse(c)));
        }
        sb.append(String.format(Locale.ROOT, "%n  (per customer: the expected transactions in all %d held-back weeks given the "
                + "customer's history, against the actual; mean actual %.3f)%n", c.holdoutWeeks(),
                actual[c.holdoutWeeks() - 1] / c.size()));
        return sb.toString();
    }
}
