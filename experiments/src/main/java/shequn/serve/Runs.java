package shequn.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The page's runs: one at a time (a new one stops the one before, as they share the cores), each in its own
 * folder {@code run-N} under the server's output folder, which is the only place the server writes.
 */
final class Runs {
    private final Path root;
    private final AtomicInteger next = new AtomicInteger(1);
    private final Map<Integer, Job> jobs = new ConcurrentHashMap<>();
    private volatile Job current;

    Runs(Path root) {
        this.root = root;
    }

    Path root() {
        return root;
    }

    int nextId() {
        return next.getAndIncrement();
    }

    Path folder(int id) {
        return root.resolve("run-" + id);
    }

    /** Starts {@code job} on its own thread, stopping the run before it. */
    synchronized void start(Job job) {
        Job before = current;
        if (before != null) {
            before.requestStop();
        }
        current = job;
        jobs.put(job.id, job);
        Thread t = new Thread(job, "shequn-serve-run-" + job.id);
        t.setDaemon(true);
        t.start();
    }

    Job get(int id) {
        return jobs.get(id);
    }

    /** Runs still working (tests watch this fall to zero when a page goes). */
    long active() {
        return jobs.values().stream().filter(j -> !j.finished()).count();
    }

    void stopAll() {
        jobs.values().forEach(Job::requestStop);
    }

    /** Zips a finished run's folder: its regular files only (no links followed), paths relative to it. */
    void zip(int id, OutputStream out) throws IOException {
        Path dir = folder(id);
        try (ZipOutputStream zip = new ZipOutputStream(out); Stream<Path> walk = Files.walk(dir)) {
            List<Path> files = walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
            for (Path f : files) {
                zip.putNextEntry(new ZipEntry("run-" + id + "/" + dir.relativize(f).toString().replace('\\', '/')));
                Files.copy(f, zip);
                zip.closeEntry();
            }
        }
    }
}
