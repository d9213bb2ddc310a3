package shequn.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import shequn.network.NetworkInputException;
import shequn.scenario.ScenarioException;

/**
 * One piece of work the page asked for, on its own thread, telling the page what happens as events. The
 * page's stream reads them; when the page goes, the stream stops the job. A job writes only into its own
 * folder. Bad input ends it with a "problem" event carrying the CLI's one-line message; anything else that
 * goes wrong ends it with an "error" event, never by taking the server down.
 */
abstract class Job implements Runnable {
    /** One event for the page: its SSE name and JSON data. */
    record Event(String name, JsonNode data) {
    }

    final int id;
    final Path dir;
    final AtomicBoolean stop = new AtomicBoolean();
    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private volatile boolean paused;
    private volatile boolean finished;

    Job(int id, Path dir) {
        this.id = id;
        this.dir = dir;
    }

    /** The work; it checks {@link #stopped()} between steps and emits events as it goes. */
    abstract void work() throws Exception;

    @Override
    public final void run() {
        String end = "done";
        try {
            work();
            if (stop.get()) {
                end = "stopped";
            }
        } catch (ScenarioException | NetworkInputException | Edits.Refused e) {
            emit("problem", message(e.getMessage()));
            end = "failed";
        } catch (Exception | OutOfMemoryError e) {
            emit("failure", message("shequn: internal error: " + e));
            end = "failed";
        } finally {
            ObjectNode o = JsonNodeFactory.instance.objectNode();
            o.put("run", id);
            o.put("state", end);
            finished = true;
            emit("end", o);
        }
    }

    static ObjectNode message(String text) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("message", text);
        return o;
    }

    void emit(String name, JsonNode data) {
        events.add(new Event(name, data));
    }

    /** The next event, or null after {@code seconds} without one. */
    Event next(int seconds) throws InterruptedException {
        return events.poll(seconds, TimeUnit.SECONDS);
    }

    void requestStop() {
        stop.set(true);
        paused = false;
    }

    void pause(boolean on) {
        paused = on && !stop.get();
    }

    boolean finished() {
        return finished;
    }

    /** Waits while paused; true if the job should stop. */
    boolean stopped() throws InterruptedException {
        while (paused && !stop.get()) {
            Thread.sleep(50);
        }
        return stop.get();
    }
}
