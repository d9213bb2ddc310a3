package shequn.files;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The files the command now running has created, so that a command that cannot finish writing (a
 * full disk) removes them all instead of leaving some: its folder is left as it found it, less what
 * it was asked to replace. Files that were there before (a journal being resumed) are not listed.
 * One command runs at a time in a process; {@link #begin}/{@link #end} nest (a command may run another).
 *
 * <p>Tests simulate a full disk with {@link #failAfter}: every stream written through {@link #guard}
 * then fails once that many bytes are written, as a full device does.
 */
public final class Written {
    private static final Set<Path> CREATED = new LinkedHashSet<>();
    private static int depth;
    private static volatile long budget = -1;
    private static boolean abandoned;

    private Written() {
    }

    public static synchronized void begin() {
        if (depth++ == 0) {
            CREATED.clear();
            abandoned = false;
        }
    }

    public static synchronized void end() {
        if (depth > 0 && --depth == 0) {
            CREATED.clear();
        }
    }

    /** Records a file this command created (call after creating it, before writing its content). */
    public static synchronized void created(Path file) {
        if (abandoned) {
            try {
                Files.deleteIfExists(file); // the command was stopped: what it still makes goes at once
            } catch (IOException e) {
                // nothing more to do
            }
        } else if (depth > 0) {
            CREATED.add(file.toAbsolutePath().normalize());
        }
    }

    /**
     * Removes what this command created, and from now on each file it still creates (it is stopping, on
     * another thread: Ctrl-C); returns how many were removed.
     */
    public static synchronized int abandon() {
        abandoned = true;
        return removeAll();
    }

    /** Removes every file this command created; returns how many were removed. Best effort. */
    public static synchronized int removeAll() {
        int n = 0;
        List<Path> files = new ArrayList<>(CREATED);
        for (int i = files.size() - 1; i >= 0; i--) {
            try {
                if (Files.deleteIfExists(files.get(i))) {
                    n++;
                }
            } catch (IOException e) {
                // left behind: nothing else can be done about it here
            }
        }
        CREATED.clear();
        return n;
    }

    /** Whether {@code file} exists now (so that a write of it creates it or not). */
    public static boolean exists(Path file) {
        return Files.exists(file, LinkOption.NOFOLLOW_LINKS);
    }

    /**
     * The bytes of {@code file}, opened with {@code options} (a failure to open is a {@link WriteFailure} naming
     * it), failing as a full device does under {@link #failAfter}; the file is recorded as created by this
     * command if it was not there.
     */
    public static OutputStream stream(Path file, java.nio.file.OpenOption... options) throws WriteFailure {
        boolean existed = exists(file);
        OutputStream out;
        try {
            out = guard(Files.newOutputStream(file, options), file);
        } catch (IOException e) {
            throw WriteFailure.of(file, e);
        }
        if (!existed) {
            created(file);
        }
        return out;
    }

    /**
     * A text writer of {@code file} (UTF-8) whose every failure is a {@link WriteFailure} naming it; the
     * file is recorded as created by this command if it was not there. For files that grow in place
     * (journals, traces); finished files go through {@link AtomicFile}.
     */
    public static java.io.BufferedWriter writer(Path file, java.nio.file.OpenOption... options) throws WriteFailure {
        java.io.Writer text = new java.io.OutputStreamWriter(stream(file, options), java.nio.charset.StandardCharsets.UTF_8);
        return new java.io.BufferedWriter(new java.io.FilterWriter(text) {
            @Override
            public void write(int c) throws IOException {
                try {
                    super.write(c);
                } catch (IOException e) {
                    throw WriteFailure.of(file, e);
                }
            }

            @Override
            public void write(char[] cbuf, int off, int len) throws IOException {
                try {
                    super.write(cbuf, off, len);
                } catch (IOException e) {
                    throw WriteFailure.of(file, e);
                }
            }

            @Override
            public void write(String str, int off, int len) throws IOException {
                try {
                    super.write(str, off, len);
                } catch (IOException e) {
                    throw WriteFailure.of(file, e);
                }
            }

            @Override
            public void flush() throws IOException {
                try {
                    super.flush();
                } catch (IOException e) {
                    throw WriteFailure.of(file, e);
                }
            }

            @Override
            public void close() throws IOException {
                try {
                    super.close();
                } catch (IOException e) {
                    throw WriteFailure.of(file, e);
                }
            }
        });
    }

    /** For tests: streams through {@link #guard} fail after {@code bytes} more bytes in all (-1: never). */
    public static void failAfter(long bytes) {
        budget = bytes;
    }

    /** {@code out}, failing as a full device does once the test budget of {@link #failAfter} is spent. */
    public static OutputStream guard(OutputStream out, Path file) {
        if (budget < 0) {
            return out;
        }
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                spend(1);
                out.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                spend(len);
                out.write(b, off, len);
            }

            @Override
            public void flush() throws IOException {
                out.flush();
            }

            @Override
            public void close() throws IOException {
                out.close();
            }

            private void spend(long n) throws IOException {
                synchronized (Written.class) {
                    if (budget >= 0 && budget < n) {
                        budget = 0;
                        throw new FileSystemException(file.toString(), null, "No space left on device");
                    }
                    if (budget >= 0) {
                        budget -= n;
                    }
                }
            }
        };
    }
}
