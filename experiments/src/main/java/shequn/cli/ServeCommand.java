package shequn.cli;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import shequn.serve.PlanServer;

@Command(name = "serve", description = "The planning page: a local web server to pick a scenario, edit its plan, "
        + "watch a run day by day and compare the edited plan with the original (paired, with CIs).")
final class ServeCommand implements Callable<Integer> {
    @Parameters(paramLabel = "SCENARIO", arity = "0..*", description = "scenario files or folders the page may open "
            + "(besides the bundled library); the server reads no other file")
    List<Path> scenarios = new ArrayList<>();

    @Option(names = "--port", description = "port (default: ${DEFAULT-VALUE}; 0: any free port)", defaultValue = "7070")
    int port;

    @Option(names = "--bind", paramLabel = "ADDR", description = "address to listen on (default: ${DEFAULT-VALUE}, "
            + "this machine only); any other lets others on the network run plans", defaultValue = "127.0.0.1")
    String bind;

    @Option(names = "--set", paramLabel = "PATH=VALUE", description = "override a field in every scenario the page "
            + "opens, e.g. population.consumers=3000 (the page's edits come after)")
    List<String> overrides = new ArrayList<>();

    @Option(names = "--out", description = "folder for the runs' results, one run-N folder each (default: a new "
            + "temporary folder); must be empty or new")
    Path out;

    @Option(names = "--threads", description = "worker threads (default: all cores)")
    Integer threads;

    @Override
    public Integer call() throws Exception {
        ExperimentRunner.checkCounts(1, threads);
        if (port < 0 || port > 65535) {
            throw new BadInput("shequn: --port: expected 0 to 65535, got " + port);
        }
        InetAddress address = address();
        Path dir = folder();
        PlanServer server;
        try {
            server = PlanServer.start(new PlanServer.Config(scenarios, Home.scenarios(), overrides, dir, address, port,
                    ExperimentRunner.threads(threads)));
        } catch (IOException | IllegalArgumentException e) {
            if (out == null) {
                Files.deleteIfExists(dir); // the temporary folder made for this server, still empty
            }
            throw refusal(e);
        }
        if (!address.isLoopbackAddress()) {
            System.err.println("shequn: warning: --bind " + bind + ": the page is open to other machines on the network; "
                    + "anyone who reaches it can run plans on this machine and read the scenarios it offers");
        }
        System.out.println("shequn serve: " + server.scenarioCount() + " scenarios; results go to " + dir);
        // "shequn: " keeps the address on screen under --quiet, which passes only such lines
        System.out.println("shequn: open " + server.url() + " in a browser (Ctrl-C stops the server)");
        System.out.flush();
        CountDownLatch forever = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "shequn-serve-stop"));
        forever.await();
        return 0;
    }

    private Exception refusal(Exception e) {
        if (e instanceof BindException) {
            return new BadInput("shequn: --port " + port + ": cannot listen on " + bind + ":" + port + " ("
                    + e.getMessage() + "); choose another --port (0: any free one)");
        }
        return e instanceof IllegalArgumentException ? new BadInput("shequn: " + e.getMessage()) : e;
    }

    private InetAddress address() throws BadInput {
        try {
            return InetAddress.getByName(bind);
        } catch (UnknownHostException e) {
            throw new BadInput("shequn: --bind " + bind + ": not an address of this machine");
        }
    }

    /** The output folder: a new temporary one, or --out if it is new or empty (runs are never mixed with others). */
    private Path folder() throws BadInput, IOException {
        if (out == null) {
            return Files.createTempDirectory("shequn-serve-");
        }
        if (Files.exists(out)) {
            if (!Files.isDirectory(out)) {
                throw new BadInput(out + ": --out: exists and is not a folder");
            }
            try (Stream<Path> s = Files.list(out)) {
                if (s.findAny().isPresent()) {
                    throw new BadInput(out + ": --out: already holds files; choose a new or empty folder");
                }
            }
        }
        try {
            return Files.createDirectories(out);
        } catch (IOException e) {
            throw new BadInput(out + ": --out: cannot create this folder (" + OutputFolder.reason(e) + "); choose another --out");
        }
    }
}
