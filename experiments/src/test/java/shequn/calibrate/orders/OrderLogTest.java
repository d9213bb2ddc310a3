package shequn.calibrate.orders;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import shequn.calibrate.btyd.History;
import shequn.scenario.ScenarioException;

/** Reading an export as a spreadsheet writes it, and the summaries the models are fitted to. */
class OrderLogTest {
    @TempDir
    Path tmp;

    OrderLog read(String text) throws Exception {
        Path f = tmp.resolve("orders.csv");
        Files.writeString(f, text);
        return OrderLog.read(f);
    }

    @Test
    void anExportWithQuotesTimesAndTwoOrdersOnOneDay() throws Exception {
        OrderLog log = read("\uFEFFOrder,Customer,Date,Amount,Channel\n"
                + "1,\"Wang, Li\",2025-01-01T09:30,10.5,app\n"
                + "2,\"Wang, Li\",2025-01-01 18:00:00,4.5,store\n"
                + "3,B,2025-01-03,20,app\n"
                + "4,\"Wang, Li\",2025-01-15,7,\n");
        assertEquals(List.of("Wang, Li", "B"), log.ids());
        assertEquals(15, log.days());
        assertArrayEquals(new int[] {0, 14}, log.orderDay()[0]);
        assertArrayEquals(new double[] {15, 7}, log.amount()[0], 0.0); // one transaction a day, amounts added
        assertEquals(4, log.rows());
        assertEquals(2, log.channels());
    }

    @Test
    void theCohortSummariesAreTheLiteraturesXTxAndT() throws Exception {
        // 28 days; the last week held back: calibration days 0-20
        OrderLog log = read("customer,date,amount\nA,2025-01-01,10\nA,2025-01-08,10\nA,2025-01-15,10\nA,2025-01-25,10\n"
                + "B,2025-01-04,5\nC,2025-01-24,8\nB,2025-01-28,5\n");
        Cohort c = Cohort.of(log, 1);
        assertEquals(21, c.cut());
        assertEquals(List.of("A", "B"), c.ids());
        assertEquals(new History(2, 2.0, 3.0), c.histories().get(0));
        assertEquals(new History(0, 0.0, 18 / 7.0), c.histories().get(1)); // first order on day 3
        assertArrayEquals(new int[] {1, 1}, c.holdout());
        assertEquals(1, c.newInHoldout()); // C first bought in the held-back week
        assertArrayEquals(new double[] {2}, c.actualCumulative(), 0.0);
        assertEquals(2, Cohort.defaultHoldoutWeeks(log));
        assertThrows(IllegalArgumentException.class, () -> Cohort.of(log, 4));
    }

    @Test
    void aQuoteLeftOpenIsToldByLineAndCell() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> read("customer,date,amount\n\"A,2025-01-01,3\n"));
        assertTrue(e.getMessage().endsWith("orders.csv:2:1: a quote opened in this cell is not closed "
                + "(a line break inside a cell is not supported)"), e.getMessage());
    }
}
