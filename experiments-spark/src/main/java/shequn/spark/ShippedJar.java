package shequn.spark;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipFile;
import org.apache.spark.SparkConf;
import shequn.montecarlo.EngineException;

/**
 * The jar a cluster's executors load shequn's classes from. Executors start from the cluster's own
 * Spark, which knows nothing of shequn: a task names {@code shequn.spark.SparkReplicator$Task}, and
 * without this jar every task dies of {@link ClassNotFoundException}. spark-submit lists its
 * application jar in {@code spark.jars} itself; the launcher ({@code ./shequn … --master spark://…})
 * runs from the thin module jar and the libraries in {@code target/spark-lib}, so it ships the shaded
 * {@value #NAME} built next to that jar, which holds shequn and its libraries (not Spark).
 */
final class ShippedJar {
    static final String NAME = "shequn-spark.jar";
    private static final String KEY = "spark.jars";

    private ShippedJar() {
    }

    /** Whether executors run in other processes, which must be sent shequn's classes. */
    static boolean needed(String master) {
        return !(master.equals("local") || master.startsWith("local["));
    }

    /** Adds the shaded jar to {@code spark.jars} unless a jar of that name is there already. */
    static void addTo(SparkConf conf) throws EngineException {
        Path own = codeSource();
        Path jar = locate(own);
        if (jar == null) {
            throw new EngineException("shequn: --master " + conf.get("spark.master") + ": the executors need " + NAME
                    + ", which is not next to " + own + "; build it (mvn -B -q package -DskipTests -Pspark) or submit it "
                    + "with spark-submit", null);
        }
        add(conf, jar);
    }

    /** Lists {@code jar} in {@code spark.jars} unless a jar of its name is there (spark-submit's application jar). */
    static void add(SparkConf conf, Path jar) {
        List<String> jars = new ArrayList<>(Arrays.asList(conf.get(KEY, "").split(",")));
        jars.removeIf(String::isBlank);
        String name = jar.getFileName().toString();
        if (jars.stream().noneMatch(j -> j.endsWith("/" + name) || j.equals(name))) {
            jars.add(jar.toUri().toString());
            conf.set(KEY, String.join(",", jars));
        }
    }

    /**
     * The jar to ship, given where this class was loaded from: that jar itself if it holds shequn's
     * command line too (the shaded jar, as spark-submit runs it), else {@value #NAME} beside it (the
     * thin jar in {@code target/}, or {@code target/classes} in a build); null if there is none.
     */
    static Path locate(Path own) {
        if (Files.isRegularFile(own) && holdsTheCli(own)) {
            return own;
        }
        Path target = own.toAbsolutePath().getParent();
        Path jar = target == null ? null : target.resolve(NAME);
        return jar != null && Files.isRegularFile(jar) ? jar : null;
    }

    private static boolean holdsTheCli(Path jar) {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            return zip.getEntry("shequn/cli/Main.class") != null;
        } catch (IOException e) {
            return false;
        }
    }

    private static Path codeSource() throws EngineException {
        try {
            return Path.of(ShippedJar.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | RuntimeException e) {
            throw new EngineException("shequn: cannot tell where shequn's Spark module was loaded from, to ship it to "
                    + "the executors; submit experiments-spark/target/" + NAME + " with spark-submit", e);
        }
    }
}
