package shequn.calibrate.btyd;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The closed forms against values they must take: special cases of 2F1, the papers' own worked numbers, identities. */
class FormulasTest {
    @Test
    void hypergeometricMatchesClosedForms() {
        // 2F1(1, 1; 2; z) = −ln(1 − z) / z; 2F1(a, b; b; z) = (1 − z)^−a
        for (double z : new double[] {0, 0.1, 0.5, 0.9, 0.999}) {
            double want = z == 0 ? 1 : -Math.log1p(-z) / z;
            assertEquals(Math.log(want), Hypergeometric.log2F1(1, 1, 2, z), 1e-10, "z=" + z);
            assertEquals(-2.5 * Math.log1p(-z), Hypergeometric.log2F1(2.5, 3, 3, z), 1e-10, "z=" + z);
        }
        // terms that pass 1e300 before they fall: 2F1(a, b; b; z) again, a = 400, z = 0.99
        assertEquals(-400 * Math.log(0.01), Hypergeometric.log2F1(400, 7, 7, 0.99), 1e-8);
    }

    @Test
    void bgnbdConditionalExpectationOfThePaper() {
        // Fader, Hardie & Lee (2005), CDNOW: with r = 0.243, α = 4.414, a = 0.793, b = 2.426 a customer with
        // x = 2, t_x = 30.43, T = 38.86 is expected to make 1.226 transactions in the next 39 weeks
        double[] p = {0.243, 4.414, 0.793, 2.426};
        assertEquals(1.226, new BgNbd().conditional(p, new History(2, 30.43, 38.86), 39), 0.0015);
    }

    @Test
    void aCustomerJustArrivedIsExpectedToBuyAsAnyone() {
        // E[Y(t) | x = 0, t_x = 0, T = 0] = E[X(t)]: nothing has been learned about them yet
        double[] bg = {0.7, 6, 0.9, 3.1};
        double[] pareto = {0.7, 6, 0.8, 12};
        for (double t : new double[] {1, 10, 52}) {
            assertEquals(new BgNbd().expected(bg, t), new BgNbd().conditional(bg, new History(0, 0, 0), t), 1e-9);
            assertEquals(new ParetoNbd().expected(pareto, t), new ParetoNbd().conditional(pareto, new History(0, 0, 0), t), 1e-9);
        }
    }

    @Test
    void paretoDeathIntegralAgreesWithTheSeries() {
        // the two routes to the likelihood's second term: 2F1 after the α ≥ β split, and the integral over the death time
        double[][] cases = {{0.5, 4, 0.6, 8, 3, 10.5, 40}, {0.5, 9, 0.6, 2, 0, 0, 25}, {1.2, 3, 2, 30, 12, 30, 52}, {0.3, 0.2, 0.5, 1.5, 1, 0.5, 70}, {2, 0.5, 0.8, 40, 30, 2, 60}};
        for (double[] c : cases) {
            double[] p = {c[0], c[1], c[2], c[3]};
            History h = new History((int) c[4], c[5], c[6]);
            double series = ParetoNbd.parts(p, h)[1];
            double integral = Math.log(c[2]) + ParetoNbd.logDied(c[0] + c[4], c[1], c[2], c[3], c[5], c[6]);
            assertEquals(series, integral, 1e-8);
        }
    }
}
