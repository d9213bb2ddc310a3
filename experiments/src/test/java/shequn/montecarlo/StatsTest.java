package shequn.montecarlo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class StatsTest {
    @Test
    void meanAndSampleSdOfAKnownSet() {
        double[] xs = {2, 4, 4, 4, 5, 5, 7, 9};
        assertEquals(5.0, Stats.mean(xs), 1e-12);
        assertEquals(Math.sqrt(32.0 / 7), Stats.sd(xs), 1e-12);
    }

    @Test
    void tCriticalMatchesTables() {
        assertEquals(12.7062, Stats.tCritical(1, 0.95), 1e-4);
        assertEquals(2.2622, Stats.tCritical(9, 0.95), 1e-4);
        assertEquals(1.9600, Stats.tCritical(100_000, 0.95), 1e-3);
    }

    @Test
    void intervalIsMeanPlusMinusTTimesStandardError() {
        double[] xs = {1, 2, 3, 4, 5};
        Stats.Estimate e = Stats.estimate(xs);
        double half = 2.7764451 * Stats.sd(xs) / Math.sqrt(5);
        assertEquals(3 - half, e.low(), 1e-6);
        assertEquals(3 + half, e.high(), 1e-6);
        assertEquals(half / 3, e.relativeHalfWidth(), 1e-6);
    }

    @Test
    void oneValueHasNoInterval() {
        Stats.Estimate e = Stats.estimate(new double[] {7});
        assertEquals(7, e.mean());
        assertTrue(Double.isNaN(e.low()) && Double.isNaN(e.high()) && Double.isNaN(e.sd()));
    }

    /** The one rule of the Javadoc: NaN for no values; one value has a mean but no spread. */
    @Test
    void edgeCases() {
        double[] none = {};
        for (double v : new double[] {Stats.mean(none), Stats.sd(none), Stats.se(none), Stats.percentile(none, 0.5),
                Stats.median(none), Stats.estimate(none).mean(), Stats.estimate(none).low()}) {
            assertTrue(Double.isNaN(v));
        }
        double[] one = {7};
        assertEquals(7, Stats.mean(one));
        assertEquals(7, Stats.median(one));
        assertEquals(7, Stats.percentile(one, 0.95));
        assertTrue(Double.isNaN(Stats.sd(one)) && Double.isNaN(Stats.se(one)));
        double[][] band = Stats.band(new double[][] {{1, 2}});
        assertEquals(2, band[0][1]);
        assertTrue(Double.isNaN(band[1][1]) && Double.isNaN(band[2][1]) && Double.isNaN(band[3][1]));
    }

    @Test
    void standardErrorMedianAndBand() {
        double[] xs = {2, 4, 4, 4, 5, 5, 7, 9};
        assertEquals(Stats.sd(xs) / Math.sqrt(8), Stats.se(xs), 1e-15);
        assertEquals(4.5, Stats.median(xs), 0);
        assertEquals(4, Stats.median(4, 9, 1), 0);
        double[][] band = Stats.band(new double[][] {{1, 10}, {3, 20}});
        assertEquals(2, band[0][0], 0);
        assertEquals(1, band[3][0], 1e-15);
        assertEquals(2 - Stats.Z95, band[1][0], 1e-12);
        assertEquals(15 + Stats.Z95 * 5, band[2][1], 1e-12);
    }

    @Test
    void percentilesInterpolateLikeRsType7() {
        double[] xs = {10, 1, 4, 3, 2, 6, 5, 8, 7, 9};
        assertEquals(1.45, Stats.percentile(xs, 0.05), 1e-12);
        assertEquals(9.55, Stats.percentile(xs, 0.95), 1e-12);
        assertEquals(5.5, Stats.percentile(xs, 0.5), 1e-12);
    }

    /** The t interval of 8 normal draws covers the true mean in about 95% of 4,000 seeded trials. */
    @Test
    void ninetyFivePercentIntervalCoversTheTrueMeanNinetyFivePercentOfTheTime() {
        SplittableRandom rng = new SplittableRandom(20261122);
        double trueMean = 50;
        int trials = 4000;
        int covered = 0;
        for (int t = 0; t < trials; t++) {
            double[] xs = new double[8];
            for (int i = 0; i < xs.length; i++) {
                xs[i] = trueMean + 12 * gaussian(rng);
            }
            Stats.Estimate e = Stats.estimate(xs);
            covered += e.low() <= trueMean && trueMean <= e.high() ? 1 : 0;
        }
        double coverage = (double) covered / trials;
        assertTrue(coverage >= 0.93 && coverage <= 0.97, "coverage " + coverage);
    }

    /** Normal-theory intervals with z = 1.96 instead of t undercover with 8 values: why the runner uses t. */
    @Test
    void normalQuantileWouldUndercoverWithFewReplications() {
        SplittableRandom rng = new SplittableRandom(7);
        int trials = 4000;
        int covered = 0;
        for (int t = 0; t < trials; t++) {
            double[] xs = new double[4];
            for (int i = 0; i < xs.length; i++) {
                xs[i] = gaussian(rng);
            }
            double half = 1.96 * Stats.sd(xs) / Math.sqrt(xs.length);
            covered += Math.abs(Stats.mean(xs)) <= half ? 1 : 0;
        }
        assertTrue((double) covered / trials < 0.91, "z coverage " + (double) covered / trials);
    }

    private static double gaussian(SplittableRandom rng) {
        // Box–Muller: SplittableRandom has no nextGaussian on Java 17
        double u = 1 - rng.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng.nextDouble());
    }

    @Test
    void cachedTQuantileIsTheComputedOne() {
        for (int df = 1; df < 300; df += 7) {
            double fresh = new org.apache.commons.math3.distribution.TDistribution(null, df)
                    .inverseCumulativeProbability(0.975);
            assertEquals(fresh, Stats.tCritical(df, Stats.LEVEL), 0.0);
            assertEquals(fresh, Stats.tCritical(df, Stats.LEVEL), 0.0); // from the cache
        }
    }

    @Test
    void percentileOfSortedIsThePercentileWithNaNsAndTies() {
        SplittableRandom rnd = new SplittableRandom(3);
        for (int n = 0; n < 40; n++) {
            double[] xs = new double[n];
            for (int i = 0; i < n; i++) {
                xs[i] = rnd.nextInt(6) == 0 ? Double.NaN : rnd.nextInt(4);
            }
            double[] sorted = xs.clone();
            java.util.Arrays.sort(sorted);
            for (double p : new double[] {0, 0.05, 0.5, 0.95, 1}) {
                assertEquals(Stats.percentile(xs, p), Stats.percentileOfSorted(sorted, p), 0.0);
            }
        }
    }
}
