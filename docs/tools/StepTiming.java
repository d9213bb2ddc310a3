import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import shequn.engine.ShequnModel;
import shequn.perf.EngineRun;
import shequn.scenario.Scenario;
import shequn.scenario.ScenarioLoader;

/**
 * How docs/PERFORMANCE.md compared the engine at different commits (its first section): the full model stepped
 * in one JVM, by the stepping thread's CPU time, the median of the warm runs (all but the first), with the
 * time per phase. Compiled against the classes of the commit measured:
 *
 *   git worktree add /tmp/at ab986b3 && (cd /tmp/at && mvn -B -q -o package -DskipTests -pl sim-core,viz,experiments)
 *   R=/tmp/at   # or this checkout, built the same way
 *   CP="$R/experiments/target/classes:$R/sim-core/target/classes:$R/viz/target/classes:$(ls $R/experiments/target/lib/*.jar | grep -v 'sim-core\|/viz-' | tr '\n' ':')"
 *   javac -cp "$CP" -d /tmp/st docs/tools/StepTiming.java
 *   (cd $R && java -cp "/tmp/st:$CP" StepTiming scenarios/store-plus-community.yaml 100000 365 5)
 */
public class StepTiming {
    public static void main(String[] a) throws Exception {
        Path file = Path.of(a[0]);
        int n = Integer.parseInt(a[1]);
        int days = Integer.parseInt(a[2]);
        int runs = Integer.parseInt(a[3]);
        Scenario s = ScenarioLoader.load(file, List.of("population.consumers=" + n, "days=" + days));
        double[] cpu = new double[runs];
        long[][] phases = new long[runs][];
        long agentDays = 0;
        for (int r = 0; r < runs; r++) {
            EngineRun e = EngineRun.of(s, 1 + r, file.getParent(), false);
            cpu[r] = e.cpuNanos() / 1e9;
            phases[r] = e.phaseNanos();
            agentDays = e.agentDays();
        }
        int from = runs > 1 ? 1 : 0;
        double[] warm = Arrays.copyOfRange(cpu, from, runs);
        Arrays.sort(warm);
        double median = warm[warm.length / 2];
        int at = from;
        for (int r = from; r < runs; r++) {
            at = cpu[r] == median ? r : at;
        }
        StringBuilder sb = new StringBuilder();
        for (int p = 0; p < ShequnModel.PHASES.length; p++) {
            sb.append(String.format(Locale.ROOT, " %s %.1f", ShequnModel.PHASES[p], phases[at][p] / (double) agentDays));
        }
        System.out.printf(Locale.ROOT, "%,d × %d, %d runs, CPU s %s: median %.3f s, %.2f M agent-days/s; ns per consumer-day:%s%n",
                n, days, runs, Arrays.toString(cpu), median, agentDays / median / 1e6, sb);
    }
}
