package shequn.output;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes result files so that nothing is ever half-written: each file goes to a temporary name
 * beside its target and is moved into place only once complete.
 */
public final class OutputDir {
    private final Path dir;

    public OutputDir(Path dir) {
        this.dir = dir;
    }

    public Path path() {
        return dir;
    }

    /** Writes one file atomically (temp file, then rename). */
    public void write(String name, WriterBody body) throws IOException {
        Files.createDirectories(dir);
        Path target = dir.resolve(name);
        Path tmp = dir.resolve("." + name + ".tmp");
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            body.write(w);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        try {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @FunctionalInterface
    public interface WriterBody {
        void write(Writer w) throws IOException;
    }
}
