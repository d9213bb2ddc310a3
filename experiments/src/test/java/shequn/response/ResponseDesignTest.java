package shequn.response;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import shequn.campaigns.levers.Emotion;
import shequn.campaigns.levers.RedPacket;
import shequn.engine.RunResult;
import shequn.engine.Simulation;
import shequn.montecarlo.Experiment;
import shequn.montecarlo.Plan;
import shequn.scenario.Campaign;
import shequn.scenario.Scenario;
import shequn.scenario.ScenarioLoader;

/** The grid of a response curve, its counterfactual (the plan without the campaign) and the pairing. */
public class ResponseDesignTest {
    static final Path LIBRARY = Path.of("../scenarios/store-plus-community.yaml");

    /** A few hundred consumers for 30 days: three campaigns, one with a budget that is not a whole number. */
    public static final String TINY = """
            name: tiny
            days: 30
            seed: 7
            population: {consumers: 300}
            groups:
              - {id: g1, max_size: 100, initial_members: 40}
              - {id: g2, theme: food, max_size: 100, initial_members: 40}
            campaigns:
              - {lever: qr_code}
              - {lever: red_packet, every: 7, amount: 80, budget: 1234.5}
              - {lever: emotion, start: 2, every: 7}
            """;

    @TempDir
    Path tmp;

    Path tiny() throws Exception {
        Path f = tmp.resolve("tiny.yaml");
        Files.writeString(f, TINY);
        return f;
    }

    @Test
    void everyCurveStartsWithoutTheCampaignAndHoldsTheCurrentSetting() throws Exception {
        Scenario plan = ScenarioLoader.load(LIBRARY, List.of());
        List<Integer> all = java.util.stream.IntStream.range(0, plan.campaigns().size()).boxed().toList();
        Design d = Design.of(LIBRARY, List.of(), all, 6);
        assertEquals(plan.campaigns().size(), d.curves().size());
        assertEquals("plan", d.runs().get(0).label());
        for (Design.Curve c : d.curves()) {
            List<Design.Point> pts = c.points();
            assertTrue(pts.get(0).absent(), c.name());
            assertEquals(0, pts.get(0).intensity(), c.name());
            assertEquals(1, pts.stream().filter(Design.Point::current).count(), c.name());
            Design.Point now = c.currentPoint();
            assertEquals(Intensity.current(c.spec()), now.value(), c.name());
            assertEquals(0, now.scenario(), c.name() + ": the current point is the plan as written, run once");
            boolean onOff = c.knob().scale() == Intensity.Scale.PRESENCE;
            assertEquals(onOff ? 2 : 6, pts.size(), c.name());
            for (int i = 1; i < pts.size(); i++) {
                assertTrue(pts.get(i).intensity() > pts.get(i - 1).intensity(), c.name() + " rises in intensity");
            }
        }
        // one plan, one counterfactual per campaign, the other points of the 11 graded levers
        assertEquals(1 + 13 + 11 * 4, d.runs().size());
    }

    @Test
    void gridsFollowTheLeverTable() throws Exception {
        Scenario plan = ScenarioLoader.load(LIBRARY, List.of());
        Campaign redPacket = plan.campaigns().get(9);
        Campaign emotion = plan.campaigns().get(3);
        Campaign staff = plan.campaigns().get(1);
        assertTrue(redPacket.lever() instanceof RedPacket);
        assertEquals(List.of(50.0, 100.0, 150.0, 200.0, 250.0), Grid.settings(redPacket, 6));
        assertEquals(List.of("campaigns[9].amount"), Intensity.paths(redPacket, 9));
        assertEquals(List.of(0.15, 0.3, 0.45, 0.6, 0.75), Grid.settings(staff, 6));
        // every: 30, 14, 7, 3, 2, 1 days (all of them with 7 points), the current one always in
        assertEquals(List.of(30.0, 14.0, 7.0, 3.0, 2.0, 1.0), Grid.settings(emotion, 7));
        assertTrue(Grid.settings(emotion, 6).contains(7.0));
        assertTrue(Grid.settings(emotion, 6).contains(1.0));
        assertEquals(List.of(7.0), Grid.settings(emotion, 2));
        assertEquals(List.of("campaigns[3].every"), Intensity.paths(emotion, 3));
        assertEquals(30.0 / 7, Intensity.axis(Intensity.of(Emotion.class), 7), 1e-12);
        assertEquals(List.of(), Intensity.paths(plan.campaigns().get(0), 0), "qr_code is on or off");
        assertEquals(List.of(1.0), Grid.settings(plan.campaigns().get(0), 6));
        // shares stop at 1
        assertEquals(1.0, Grid.levels(0.6, 0.6, 1.0, 5).get(4));
        assertTrue(Grid.levels(0.6, 0.6, 1.0, 5).contains(0.6));
    }

    @Test
    void pointZeroIsExactlyThePlanWithoutTheCampaign() throws Exception {
        Path f = tiny();
        Design d = Design.of(f, List.of(), List.of(0, 1, 2), 4);
        Path without = tmp.resolve("without.yaml");
        String[] lines = TINY.split("\n");
        for (int c = 0; c < 3; c++) {
            StringBuilder text = new StringBuilder();
            int kept = 0;
            for (String line : lines) {
                if (line.startsWith("  - {lever:") && kept++ == c) {
                    continue;
                }
                text.append(line).append('\n');
            }
            Files.writeString(without, text.toString());
            Scenario expected = ScenarioLoader.load(without, List.of());
            assertEquals(expected, d.runs().get(d.curves().get(c).absentScenario()).scenario(), "campaign " + c);
        }
    }

    @Test
    void everyPointIsPairedWithItsCounterfactualReplicationByReplication() throws Exception {
        Path f = tiny();
        Design d = Design.of(f, List.of("population.consumers=200"), List.of(1), 3);
        int reps = 3;
        Plan plan = d.plan(11, reps);
        for (int s = 1; s < d.runs().size(); s++) {
            for (int r = 0; r < reps; r++) {
                assertEquals(plan.seedOf(0, r), plan.seedOf(s, r), "common random numbers");
            }
        }
        Experiment.Result result = new Experiment(plan, tmp.resolve("out"), 2, new AtomicBoolean(), null)
                .layout(d.layout()).run(false);
        List<Curves.Row> rows = Curves.rows(d, result);
        assertEquals(3, rows.size());
        Curves.Row zero = rows.get(0);
        for (var e : List.of(zero.dSpend(), zero.dGmv(), zero.dGrossMargin(), zero.dProfit())) {
            assertEquals(0.0, e.mean());
            assertEquals(0.0, e.low());
            assertEquals(0.0, e.high());
        }
        assertTrue(Double.isNaN(zero.roi()), "no spend, no ROI");
        // the current point's Δ profit is the mean of replication-by-replication differences, same seeds
        Curves.Row now = rows.stream().filter(r -> r.at().current()).findFirst().orElseThrow();
        Scenario with = d.runs().get(now.at().scenario()).scenario();
        Scenario absent = d.runs().get(d.curves().get(0).absentScenario()).scenario();
        double sum = 0;
        for (int r = 0; r < reps; r++) {
            long seed = plan.seedOf(0, r);
            RunResult a = Simulation.run(with, seed);
            RunResult b = Simulation.run(absent, seed);
            sum += a.totals().get("profit") - b.totals().get("profit");
        }
        assertEquals(sum / reps, now.dProfit().mean(), 1e-6 * Math.max(1, Math.abs(sum)));
        assertFalse(now.dSpend().mean() == 0, "red packets cost money");
        assertEquals(1, rows.stream().filter(Curves.Row::best).count());
    }

    @Test
    void namesAreUniqueAndWithoutCommas() throws Exception {
        Scenario plan = ScenarioLoader.load(LIBRARY, List.of());
        List<String> names = Design.names(plan.campaigns());
        assertEquals("kol_post (chef_wang)", names.get(6));
        assertEquals("kol_post (coach_li)", names.get(7));
        assertEquals(names.size(), new java.util.HashSet<>(names).size());
    }

    @Test
    void ratioIntervalByTheDeltaMethod() {
        double[] r = Curves.ratio(new double[] {2, 4, 6}, new double[] {1, 2, 3});
        assertEquals(2.0, r[0], 1e-12);
        assertEquals(2.0, r[1], 1e-12, "an exact ratio has no spread");
        assertTrue(Double.isNaN(Curves.ratio(new double[] {1, 2}, new double[] {0, 0})[0]));
    }
}
