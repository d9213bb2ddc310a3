package shequn.files;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;

/**
 * A result file that could not be written (a full disk, a quota, a folder gone): one line naming the
 * file, {@code FILE: cannot write: no space left on device}. The command that meets it removes the
 * files it made ({@link Written}) and exits 2.
 */
public final class WriteFailure extends IOException {
    private static final long serialVersionUID = 1L;

    private final Path file;

    public WriteFailure(Path file, IOException cause) {
        super(file + ": cannot write: " + reason(cause), cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }

    /** Whether the device is full (or the quota spent): then freeing space is what to do. */
    public boolean noSpace() {
        String m = getMessage().toLowerCase(java.util.Locale.ROOT);
        return m.contains("no space left") || m.contains("quota");
    }

    /** The operating system's words, without Java's class names. */
    static String reason(IOException e) {
        String text = e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : e.getMessage();
        if (text == null || text.isBlank()) {
            return e.getClass().getSimpleName();
        }
        text = text.lines().findFirst().orElse("").strip();
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    /** {@code e} as a WriteFailure of {@code file}, unless it already is one. */
    public static WriteFailure of(Path file, IOException e) {
        return e instanceof WriteFailure w ? w : new WriteFailure(file, e);
    }
}
