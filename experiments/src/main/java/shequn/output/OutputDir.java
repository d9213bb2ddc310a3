package shequn.output;

import java.io.IOException;
import java.io.FilterWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import shequn.files.AtomicFile;

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
        AtomicFile.write(dir.resolve(name), out -> {
            // writers such as Jackson's close what they are given: closing here only flushes
            Writer w = new FilterWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
                @Override
                public void close() throws IOException {
                    flush();
                }
            };
            body.write(w);
            w.flush();
        });
    }

    @FunctionalInterface
    public interface WriterBody {
        void write(Writer w) throws IOException;
    }
}
