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
 * beside its target, unique to the write, and is moved into place only once complete.
 */
public final class OutputDir {
    private final Path dir;

    public OutputDir(Path dir) {
        this.dir = dir;
    }

    public Path path() {
        return dir;
    }

    /**
     * Writes one file atomically (temp file, then rename). {@code name} must be one plain file name
     * (a name made from user text goes through {@link shequn.files.SafeName#slug}): anything that
     * would resolve outside this folder is refused before a byte is written.
     */
    public void write(String name, WriterBody body) throws IOException {
        AtomicFile.inside(dir, name);
        if (!Files.isDirectory(dir)) {
            Files.createDirectories(dir);
            shequn.files.Written.created(dir); // a failed command removes the folder it made, once emptied
        }
        AtomicFile.writeIn(dir, name, out -> {
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
