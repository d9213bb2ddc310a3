package shequn.spark;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real Spark standalone cluster on 127.0.0.1 — one master, one worker — started from the Spark jars
 * the build copied to {@code target/spark-lib}, as separate JVMs, for the tests that submit to it.
 * Its {@code SPARK_HOME} holds those jars without shequn's own (the worker starts executors from
 * {@code $SPARK_HOME/jars}, as a cluster's Spark would, so shequn's classes reach them only as shipped).
 * {@link #close} ends every process it started, executors included.
 */
final class StandaloneCluster implements AutoCloseable {
    /** Bound on each wait for the cluster: generous, for a loaded CI machine; not a timing check. */
    static final long WAIT_S = 180;
    /** shequn's own modules, left out of the cluster's jars. */
    private static final List<String> OURS = List.of("sim-core-", "experiments-", "viz-");

    final Path home;
    final Path logs;
    private final List<Process> started = new ArrayList<>();
    private final Thread reaper = new Thread(this::stopAll, "stop-spark-cluster");
    private Process worker;
    private String url;

    private StandaloneCluster(Path dir) {
        this.home = dir.resolve("spark-home");
        this.logs = dir.resolve("logs");
    }

    /**
     * Starts a master and a worker (2 cores, 1 GB for executors) in {@code dir} (emptied first) and
     * waits until the worker has registered.
     */
    static StandaloneCluster start(Path dir, Path sparkLib) throws Exception {
        empty(dir);
        StandaloneCluster cluster = new StandaloneCluster(dir);
        Runtime.getRuntime().addShutdownHook(cluster.reaper); // a killed test run leaves no JVM behind either
        try {
            cluster.layout(sparkLib);
            cluster.launch(dir.resolve("work"));
            return cluster;
        } catch (Exception | Error e) {
            cluster.close();
            throw e;
        }
    }

    String url() {
        return url;
    }

    /** The environment of every process that talks to the cluster. */
    Map<String, String> environment() {
        return Map.of("SPARK_HOME", home.toString(), "SPARK_LOCAL_IP", "127.0.0.1",
                // the executor's command builder needs the Scala version where a Spark build has its own build folders
                "SPARK_SCALA_VERSION", "2.13");
    }

    /** Kills the worker's executors (its child processes), as a machine failure would; returns how many. */
    int killExecutors() throws InterruptedException {
        List<ProcessHandle> executors = worker.toHandle().children().toList();
        for (ProcessHandle e : executors) {
            e.destroyForcibly();
        }
        for (ProcessHandle e : executors) {
            e.onExit().orTimeout(WAIT_S, TimeUnit.SECONDS).join();
        }
        return executors.size();
    }

    private void layout(Path sparkLib) throws IOException {
        Path jars = Files.createDirectories(home.resolve("jars"));
        try (Stream<Path> files = Files.list(sparkLib)) {
            for (Path jar : files.toList()) {
                String name = jar.getFileName().toString();
                if (OURS.stream().noneMatch(name::startsWith)) {
                    Files.createSymbolicLink(jars.resolve(name), jar.toAbsolutePath());
                }
            }
        }
        // a distribution's marker: without it the launcher looks for a source build's folders
        Files.writeString(home.resolve("RELEASE"), "Spark (jars of shequn's build, for a test cluster)\n");
        Files.createDirectories(logs);
    }

    private void launch(Path work) throws Exception {
        int masterPort = freePort();
        url = "spark://127.0.0.1:" + masterPort;
        spawn("master", List.of("-Dspark.master.rest.enabled=false", "org.apache.spark.deploy.master.Master",
                "--host", "127.0.0.1", "--port", "" + masterPort, "--webui-port", "" + freePort()));
        awaitLine(logs.resolve("master.log"), "I have been elected leader");
        worker = spawn("worker", List.of("org.apache.spark.deploy.worker.Worker", "--host", "127.0.0.1",
                "--port", "" + freePort(), "--webui-port", "" + freePort(), "--cores", "2", "--memory", "1g",
                "--work-dir", work.toString(), url));
        awaitLine(logs.resolve("worker.log"), "Successfully registered with master");
    }

    private Process spawn(String name, List<String> args) throws IOException {
        List<String> command = new ArrayList<>(List.of(java(), "-Xmx256m", "-cp", home.resolve("jars") + "/*"));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(logs.resolve(name + ".log").toFile());
        builder.environment().putAll(environment());
        Process p = builder.start();
        started.add(p);
        return p;
    }

    /** Waits until a daemon's log shows {@code line}; fails at once if the daemon died. */
    private void awaitLine(Path log, String line) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_S);
        while (System.nanoTime() < end) {
            if (Files.exists(log) && Files.readString(log).contains(line)) {
                return;
            }
            if (started.stream().anyMatch(p -> !p.isAlive())) {
                throw new IllegalStateException("a Spark daemon died; its log: " + log + "\n" + Files.readString(log));
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("no '" + line + "' in " + log + " after " + WAIT_S + " s");
    }

    private static void empty(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> all = Files.walk(dir)) { // does not follow the links to the jars
                for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private void stopAll() {
        for (Process p : started) {
            p.descendants().forEach(ProcessHandle::destroyForcibly); // executors first: the worker would not outlive them
            p.destroyForcibly();
        }
        for (Process p : started) {
            try {
                p.waitFor(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @Override
    public void close() {
        stopAll();
        try {
            Runtime.getRuntime().removeShutdownHook(reaper);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running already
        }
    }
}
