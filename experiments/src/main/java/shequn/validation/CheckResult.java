package shequn.validation;

import java.util.Locale;
import shequn.viz.check.Chart;

/**
 * One row of the validation table: what was measured, what it is compared with, the tolerance
 * that was stated before measuring, and the verdict. {@link Status#GAP} marks a stylized fact the
 * default parameters do not reproduce: reported (and documented in docs/VALIDATION.md), never hidden,
 * but not counted as a regression. {@link Status#INPUT} marks a <em>calibrated input</em>: a row that only
 * echoes a parameter the model was given (e.g. {@code behaviour.accept_invite}); it checks that the
 * mechanics pass the input through, so it can still fail, but when it holds it is not counted as a pass.
 */
public record CheckResult(String name, double measured, double target, String tolerance, Status status,
                          String note, Chart chart) {

    public enum Status {
        PASS("pass"), FAIL("FAIL"), GAP("gap"), INPUT("input");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public boolean failed() {
        return status == Status.FAIL;
    }

    /** A pass/fail row: passes when {@code ok}. */
    public static CheckResult of(String name, double measured, double target, String tolerance, boolean ok,
                                 String note, Chart chart) {
        return new CheckResult(name, measured, target, tolerance, ok ? Status.PASS : Status.FAIL, note, chart);
    }

    /** A calibrated-input row: {@link Status#INPUT} when {@code ok} (the input survives the mechanics), else FAIL. */
    public static CheckResult input(String name, double measured, double target, String tolerance, boolean ok,
                                    String note, Chart chart) {
        return new CheckResult(name, measured, target, tolerance, ok ? Status.INPUT : Status.FAIL, note, chart);
    }

    /** A row for a fact the defaults do not reproduce (it still shows what was measured). */
    public static CheckResult gap(String name, double measured, double target, String tolerance, String note,
                                  Chart chart) {
        return new CheckResult(name, measured, target, tolerance, Status.GAP, note, chart);
    }

    public static String num(double v) {
        if (Double.isNaN(v)) {
            return "—";
        }
        double a = Math.abs(v);
        if (a != 0 && (a < 0.001 || a >= 1e6)) {
            return String.format(Locale.ROOT, "%.3g", v);
        }
        if (a >= 100) {
            return String.format(Locale.ROOT, "%.1f", v);
        }
        return String.format(Locale.ROOT, "%.4g", v);
    }
}
