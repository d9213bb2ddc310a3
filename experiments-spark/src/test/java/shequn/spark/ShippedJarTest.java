package shequn.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.spark.SparkConf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which jar goes to a cluster's executors, and that it is listed once. */
class ShippedJarTest {
    @TempDir
    Path tmp;

    @Test
    void theLauncherShipsTheShadedJarBesideItsThinJar() throws Exception {
        Path thin = jar(tmp.resolve("experiments-spark-0.1.0.jar"), "shequn/spark/SparkMain.class");
        Path shaded = jar(tmp.resolve(ShippedJar.NAME), "shequn/cli/Main.class");
        assertEquals(shaded, ShippedJar.locate(thin));
    }

    @Test
    void aBuildsClassesFolderShipsTheShadedJarInTarget() throws Exception {
        Path classes = Files.createDirectories(tmp.resolve("classes"));
        Path shaded = jar(tmp.resolve(ShippedJar.NAME), "shequn/cli/Main.class");
        assertEquals(shaded, ShippedJar.locate(classes));
    }

    @Test
    void theShadedJarSparkSubmitRunsShipsItselfWhateverItsName() throws Exception {
        Path renamed = jar(tmp.resolve("my-shequn.jar"), "shequn/cli/Main.class");
        assertEquals(renamed, ShippedJar.locate(renamed));
    }

    @Test
    void withoutAShadedJarThereIsNothingToShip() throws Exception {
        assertNull(ShippedJar.locate(jar(tmp.resolve("experiments-spark-0.1.0.jar"), "shequn/spark/SparkMain.class")));
    }

    @Test
    void theJarIsAddedToSparkJarsOnceBesideWhatIsThere() {
        Path jar = tmp.resolve(ShippedJar.NAME);
        SparkConf conf = new SparkConf(false).set("spark.jars", "file:/opt/extra.jar");
        ShippedJar.add(conf, jar);
        assertEquals("file:/opt/extra.jar," + jar.toUri(), conf.get("spark.jars"));
        ShippedJar.add(conf, jar);
        assertEquals("file:/opt/extra.jar," + jar.toUri(), conf.get("spark.jars"));

        SparkConf submitted = new SparkConf(false).set("spark.jars", "file:/home/me/" + ShippedJar.NAME); // spark-submit's
        ShippedJar.add(submitted, jar);
        assertEquals("file:/home/me/" + ShippedJar.NAME, submitted.get("spark.jars"));
    }

    @Test
    void onlyMastersWithExecutorsInOtherProcessesNeedIt() {
        assertFalse(ShippedJar.needed("local"));
        assertFalse(ShippedJar.needed("local[2,2]"));
        assertTrue(ShippedJar.needed("local-cluster[2,1,1024]"));
        assertTrue(ShippedJar.needed("spark://head:7077"));
        assertTrue(ShippedJar.needed("yarn"));
    }

    private static Path jar(Path file, String entry) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.closeEntry();
        }
        return file;
    }
}
