package shequn.optimize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import shequn.montecarlo.Batch;
import shequn.scenario.ScenarioLoader;

/** The budget search on problems whose best allocation is known. */
class OptimizerTest {
    @TempDir
    Path tmp;

    /**
     * Concave returns a_i log(1 + c w_i) with shares w summing to one: the optimum (water-filling)
     * is w_i = a_i / λ − 1/c with λ fixed by the budget, here (0.1167, 0.3333, 0.55).
     */
    @Test
    void cmaesOnSoftmaxSharesFindsTheWaterFillingOptimum() {
        double[] a = {1, 2, 3};
        double c = 10;
        Search.Best best = Search.maximise(z -> {
            double[] w = Search.softmax(z, 0, 3);
            double v = 0;
            for (int i = 0; i < 3; i++) {
                v += a[i] * Math.log(1 + c * w[i]);
            }
            return v;
        }, new double[3], new double[] {-8, -8, -8}, new double[] {8, 8, 8}, new double[] {2, 2, 2}, 0, 600, 1, (k, x, v) -> { });
        double[] w = Search.softmax(best.point(), 0, 3);
        double lambda = 6 / (1 + 3 / c);
        for (int i = 0; i < 3; i++) {
            assertEquals(a[i] / lambda - 1 / c, w[i], 0.01, "share " + i);
        }
    }

    /**
     * Two levers: livestreams by an online star (each one sells) and posts by a KOL with a single
     * follower. GMV rises with every livestream bought, so every yuan should go to the star.
     */
    @Test
    void allTheMoneyGoesToTheLeverThatWorks() throws Exception {
        Path scenario = tmp.resolve("two-levers.yaml");
        Files.writeString(scenario, """
                name: two-levers
                days: 100
                population: {consumers: 1000}
                kols:
                  - {id: star, kind: online, followers: 600, credibility: 0.9, cost_per_livestream: 500}
                  - {id: dud, followers: 1, cost_per_post: 100}
                levers:  # the test is about allocation: no tiring audience, and no delivery cost outside the budget
                  livestream: {wear_out: 1000}
                  mini_program: {delivery_cost: 0}
                campaigns:
                  - {lever: livestream, kol: star, every: 3}
                  - {lever: kol_post, kol: dud, every: 1}
                """);
        Path opt = tmp.resolve("opt.yaml");
        Files.writeString(opt, """
                scenario: two-levers.yaml
                objective: gmv
                budget: 6000
                reps: 6
                validation_reps: 4
                evaluations: 60
                population: 6
                seed: 9
                """);
        OptimizeSpec spec = OptimizeSpec.read(opt);
        Path out = tmp.resolve("out");
        Files.createDirectories(out);
        try (Batch batch = new Batch(2, new AtomicBoolean())) {
            Optimizer.Answer a = new Optimizer(spec, batch).run(out);
            double star = a.best().budgets()[0];
            // 500 a livestream: the best plan buys 12, i.e. at most 499.99 may go elsewhere
            assertTrue(star >= 5500, "the star gets " + star + " of 6000; the dud " + a.best().budgets()[1]);
            assertTrue(a.difference().n() == 4);
            assertTrue(a.best().budgets()[0] + a.best().budgets()[1] <= 6000);
            assertTrue(a.bestCost().high() <= 6000 + 1e-6, "never over budget: " + a.bestCost());
            Path plan = Optimizer.writePlan(out, spec.scenarioFile(), ScenarioLoader.load(spec.scenarioFile(), a.overrides()),
                    a.overrides(), "# test\n");
            assertEquals("two-levers-optimised", ScenarioLoader.load(plan, java.util.List.of()).name());
            assertEquals(61, Files.readAllLines(out.resolve("trace.csv")).size());
        }
    }
}
