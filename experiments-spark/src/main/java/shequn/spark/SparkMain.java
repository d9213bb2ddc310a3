package shequn.spark;

/**
 * The entry point of {@code spark-submit}, and of {@code ./shequn … --engine spark}: the shequn
 * command line itself, with this module (and so {@code --engine spark}) on the class path; here
 * {@code --engine spark} is the default of mc and compare. Under
 * spark-submit the master comes from spark-submit's {@code --master} unless the command gives its own,
 * and its application jar reaches the executors; the launcher ships {@code shequn-spark.jar} itself
 * ({@link ShippedJar}).
 * <pre>
 * spark-submit --master spark://host:7077 --executor-memory 4g experiments-spark/target/shequn-spark.jar \
 *     mc scenario.yaml --reps 2000 --engine spark --out /shared/mc
 * </pre>
 */
public final class SparkMain {
    private SparkMain() {
    }

    public static void main(String[] args) {
        if (System.getProperty("shequn.engine") == null) {
            System.setProperty("shequn.engine", "spark"); // mc and compare run on Spark unless told --engine local
        }
        System.exit(shequn.cli.Main.execute(args));
    }
}
