package shequn.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the bundled scenario library is, so that commands find it from any working directory:
 * the folder the launcher passes as {@code shequn.home}; else the one beside the running jar (the
 * distribution's shequn.jar, or experiments/target/shequn.jar in a checkout: two folders up); else
 * the working directory or one above it. The library is the folder holding store-plus-community.yaml.
 */
final class Home {
    private static final String MARK = "scenarios/store-plus-community.yaml";

    private Home() {
    }

    /** The scenario library, or {@code scenarios} (relative, so errors name it) when none is found. */
    static Path scenarios() {
        Path root = root();
        return root != null ? root.resolve("scenarios") : Path.of("scenarios");
    }

    /** The folder holding {@code scenarios/}, or null. */
    static Path root() {
        String home = System.getProperty("shequn.home");
        if (home != null && Files.exists(Path.of(home).resolve(MARK))) {
            return Path.of(home).toAbsolutePath().normalize();
        }
        Path found = upFrom(jar());
        return found != null ? found : upFrom(Path.of("").toAbsolutePath());
    }

    private static Path jar() {
        try {
            return Path.of(Home.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toAbsolutePath();
        } catch (Exception | Error e) {
            return null;
        }
    }

    private static Path upFrom(Path start) {
        for (Path p = start; p != null; p = p.getParent()) {
            if (Files.exists(p.resolve(MARK))) {
                return p.normalize();
            }
        }
        return null;
    }
}
