package shequn.validation;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How hard the suite works: {@code quick} is the subset the normal test command runs (small
 * populations, few replications); {@code threads} run replications in parallel (results do not
 * depend on it: every replication has its own seed); {@code root} is the repository root, where
 * {@code scenarios/} lives.
 */
public record Effort(boolean quick, int threads, Path root, long masterSeed) {
    public static final long SEED = 20261122L;

    public Path scenario(String relative) {
        return root.resolve("scenarios").resolve(relative);
    }

    /** {@code quick ? q : full}. */
    public int pick(int q, int full) {
        return quick ? q : full;
    }

    /** The repository root: the first folder holding scenarios/validation, from the working directory up, then from the jar. */
    public static Path locateRoot() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("scenarios/validation"))) {
                return p;
            }
        }
        try {
            Path jar = Path.of(Effort.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (Path p = jar.toAbsolutePath(); p != null; p = p.getParent()) {
                if (Files.isDirectory(p.resolve("scenarios/validation"))) {
                    return p;
                }
            }
        } catch (Exception ignored) {
            // fall through
        }
        return null;
    }
}
