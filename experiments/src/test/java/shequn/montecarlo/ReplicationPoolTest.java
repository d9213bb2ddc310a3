package shequn.montecarlo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ReplicationPoolTest {
    @Test
    void mapReturnsResultsInIndexOrderWhateverTheThreads() throws Exception {
        List<Integer> expected = IntStream.range(0, 50).map(i -> i * i).boxed().toList();
        for (int threads : new int[] {0, 1, 3}) {
            try (ReplicationPool pool = new ReplicationPool(threads)) {
                assertEquals(expected, pool.map(50, i -> {
                    Thread.sleep((50 - i) % 3);
                    return i * i;
                }));
            }
        }
    }

    @Test
    void mapRethrowsTheFailureAsThrown() {
        IOException boom = new IOException("boom");
        try (ReplicationPool pool = new ReplicationPool(2)) {
            assertSame(boom, assertThrows(IOException.class, () -> pool.map(5, i -> {
                if (i == 3) {
                    throw boom;
                }
                return i;
            })));
        }
    }
}
