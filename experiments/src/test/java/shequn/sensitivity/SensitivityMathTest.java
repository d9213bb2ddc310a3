package shequn.sensitivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Sobol indices and Morris effects on functions whose answers are known (no simulation). */
class SensitivityMathTest {
    static final double A = 7;
    static final double B = 0.1;

    /** Ishigami on [−π, π]³ from unit coordinates. */
    static double ishigami(double[] u) {
        double x1 = -Math.PI + 2 * Math.PI * u[0];
        double x2 = -Math.PI + 2 * Math.PI * u[1];
        double x3 = -Math.PI + 2 * Math.PI * u[2];
        return Math.sin(x1) + A * Math.sin(x2) * Math.sin(x2) + B * Math.pow(x3, 4) * Math.sin(x1);
    }

    @Test
    void sobolIndicesOfTheIshigamiFunctionAreRecovered() {
        double pi4 = Math.pow(Math.PI, 4);
        double pi8 = pi4 * pi4;
        double v = A * A / 8 + B * pi4 / 5 + B * B * pi8 / 18 + 0.5;
        double v1 = 0.5 * Math.pow(1 + B * pi4 / 5, 2);
        double v2 = A * A / 8;
        double v13 = B * B * pi8 / 18 - B * B * pi8 / 50;
        double[] s1 = {v1 / v, v2 / v, 0};
        double[] st = {(v1 + v13) / v, v2 / v, v13 / v};

        int n = 4096;
        List<double[]> x = SobolIndices.saltelli(n, 3);
        assertEquals(n * 5, x.size());
        double[] y = x.stream().mapToDouble(SensitivityMathTest::ishigami).toArray();
        SobolIndices.Result r = SobolIndices.analyse(y, n, 3, 200, 1);
        for (int i = 0; i < 3; i++) {
            assertEquals(s1[i], r.first().get(i).value(), 0.03, "S" + (i + 1));
            assertEquals(st[i], r.total().get(i).value(), 0.03, "ST" + (i + 1));
            SobolIndices.Estimate e = r.total().get(i);
            assertTrue(e.low() <= e.value() && e.value() <= e.high(), "ST" + (i + 1) + " inside its interval");
            assertTrue(e.high() - e.low() < 0.1, "ST" + (i + 1) + " interval narrow: " + e);
        }
        // x3 acts only through its interaction with x1: first order ~0, total clearly above
        assertTrue(r.total().get(2).low() > 0.15);
    }

    @Test
    void morrisRanksTheDominantFactorFirst() {
        int k = 4;
        int r = 20;
        List<double[]> x = Morris.trajectories(r, k, 4, 3);
        assertEquals(r * (k + 1), x.size());
        // x0 dominates; x2 acts only in interaction with x3; x1 is small and linear; x3 is tiny
        double[] y = x.stream().mapToDouble(u -> 10 * u[0] + u[1] + 4 * u[2] * u[3] + 0.1 * u[3]).toArray();
        Morris.Effects e = Morris.analyse(x, y, r, k);
        assertEquals(10, e.muStar()[0], 1e-9);
        assertEquals(1, e.muStar()[1], 1e-9);
        assertEquals(0, e.sigma()[0], 1e-9);
        for (int i = 1; i < k; i++) {
            assertTrue(e.muStar()[0] > e.muStar()[i], "x0 ranks above x" + i);
        }
        assertTrue(e.sigma()[2] > 0.5, "interaction shows as spread: " + e.sigma()[2]);
    }
}
