package shequn.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AtomicFileTest {
    @TempDir
    Path tmp;

    /**
     * Two writers of one file at once (two processes sharing an --out did this with a shared
     * temporary name: one failed with NoSuchFileException, the other left a torn file). Both bodies
     * are in the middle of writing at the same moment; each must succeed, on its own temporary file,
     * and the file in place must be one writer's whole text.
     */
    @Test
    void twoWritersOfOneFileAtOnceEachPutAWholeFileInPlace() throws Exception {
        Path target = tmp.resolve("daily.csv");
        String a = "a,".repeat(200_000) + "\n";
        String b = "b,".repeat(100_000) + "\n";
        for (int round = 0; round < 20; round++) {
            CountDownLatch bothWriting = new CountDownLatch(2);
            Set<String> temporaries = ConcurrentHashMap.newKeySet();
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Future<?>> writers = new ArrayList<>();
                for (String text : List.of(a, b)) {
                    writers.add(pool.submit(() -> {
                        AtomicFile.write(target, out -> {
                            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
                            out.write(bytes, 0, bytes.length / 2);
                            out.flush();
                            bothWriting.countDown();
                            await(bothWriting);
                            temporaries.addAll(listHidden());
                            out.write(bytes, bytes.length / 2, bytes.length - bytes.length / 2);
                        });
                        return null;
                    }));
                }
                for (Future<?> w : writers) {
                    w.get(30, TimeUnit.SECONDS); // neither fails
                }
            } finally {
                pool.shutdownNow();
            }
            assertEquals(2, temporaries.size(), "each writer has a temporary file of its own: " + temporaries);
            String text = Files.readString(target);
            assertTrue(text.equals(a) || text.equals(b), "a whole file, not a torn one (length " + text.length() + ")");
            assertEquals(List.of(), listHidden(), "no temporary file is left behind");
        }
    }

    @Test
    void temporaryNamesDifferOnEveryWriteAndAreRecognised() throws Exception {
        Path target = tmp.resolve("experiment.json");
        Set<String> seen = ConcurrentHashMap.newKeySet();
        for (int i = 0; i < 5; i++) {
            AtomicFile.write(target, out -> seen.addAll(listHidden()));
        }
        assertEquals(5, seen.size(), seen.toString());
        assertTrue(seen.stream().allMatch(AtomicFile::isTemporary), seen.toString());
        assertFalse(AtomicFile.isTemporary("experiment.json"));
        assertFalse(AtomicFile.isTemporary(".notes.tmp"));
    }

    @Test
    void aFailedWriteLeavesTheOldFileAndNoTemporary() throws Exception {
        Path target = tmp.resolve("summary.json");
        Files.writeString(target, "old");
        assertThrows(IOException.class, () -> AtomicFile.write(target, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        }));
        assertEquals("old", Files.readString(target));
        assertEquals(List.of(), listHidden());
    }

    @Test
    void writtenFilesHaveTheUsualPermissionsNotATemporaryFilesOwnerOnlyOnes() throws Exception {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        Path usual = tmp.resolve("usual");
        try (OutputStream out = Files.newOutputStream(usual)) {
            out.write(1);
        }
        Path atomic = tmp.resolve("atomic");
        AtomicFile.write(atomic, out -> out.write(1));
        assertEquals(Files.getPosixFilePermissions(usual), Files.getPosixFilePermissions(atomic));
    }

    @ParameterizedTest
    @ValueSource(strings = {"../escaped.yaml", "/tmp/escaped.yaml", "a/b.yaml", "..", ".", "", "a\0b.yaml", "sub/../x"})
    void writeInRefusesAnythingButOnePlainFileName(String name) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("out"));
        assertThrows(IllegalArgumentException.class, () -> AtomicFile.writeIn(dir, name, out -> out.write(1)));
        try (Stream<Path> all = Files.walk(tmp)) {
            assertEquals(List.of(tmp, dir), all.sorted().toList(), "nothing written anywhere");
        }
    }

    @Test
    void writeInWritesAPlainNameInsideTheFolder() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("out"));
        Path written = AtomicFile.writeIn(dir, SafeName.slug("../../社群/plan") + "-optimised.yaml", out -> out.write('x'));
        assertEquals(dir.resolve("社群-plan-optimised.yaml"), written);
        assertNotEquals(0, Files.size(written));
    }

    private List<String> listHidden() throws IOException {
        try (Stream<Path> files = Files.list(tmp)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".")).sorted().toList();
        }
    }

    private static void await(CountDownLatch latch) throws IOException {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IOException("the other writer never started");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }
}
