package shequn.montecarlo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The fast plain-text path of {@link Cells#exactText} against the BigDecimal conversion it replaces. */
class CellsTest {
    @Test
    void fastTextIsTheBigDecimalText() {
        double[] edges = {0.0, -0.0, 1.0, -1.0, 10.0, 100.0, 1000.0, 0.002, 0.001, 0.0010, 9_999_999.0,
                1e7, 1e7 - 0.5, 0.00099, 123.456, 0.1 + 0.2, 1e-300, Double.MIN_VALUE, Double.MAX_VALUE, 1e22, 1e23};
        for (double v : edges) {
            assertEquals(reference(v), Cells.exactText(v), () -> "value " + v);
            assertEquals(reference(-v), Cells.exactText(-v), () -> "value " + -v);
        }
        SplittableRandom rnd = new SplittableRandom(7);
        for (int i = 0; i < 200_000; i++) {
            double v = i % 2 == 0 ? Double.longBitsToDouble(rnd.nextLong())
                    : Math.round(rnd.nextDouble() * 1e6) / Math.pow(10, rnd.nextInt(0, 9)); // short decimals
            if (!Double.isNaN(v) && !Double.isInfinite(v)) {
                assertEquals(reference(v), Cells.exactText(v), () -> "value " + v);
            }
        }
        assertEquals("NaN", Cells.exactText(Double.NaN));
    }

    private static String reference(double v) {
        return Cells.slowText(Double.toString(v));
    }
}
