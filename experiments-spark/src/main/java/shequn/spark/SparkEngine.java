package shequn.spark;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import shequn.montecarlo.Engine;
import shequn.montecarlo.Plan;
import shequn.montecarlo.Replicator;

/** {@code --engine spark}: found by {@link java.util.ServiceLoader} when this module is on the class path. */
public final class SparkEngine implements Engine {
    @Override
    public String name() {
        return "spark";
    }

    @Override
    public String refuses(String master) {
        return MasterCheck.refuses(master);
    }

    @Override
    public Replicator open(Plan plan, String master, Path out, AtomicBoolean stop) throws Exception {
        return SparkReplicator.start(plan, master, out, stop);
    }
}
