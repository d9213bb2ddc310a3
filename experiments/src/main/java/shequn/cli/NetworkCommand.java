package shequn.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import shequn.engine.Simulation;
import shequn.engine.WorldTooLargeException;
import shequn.network.NetworkStats;
import shequn.network.SocialGraph;
import shequn.output.OutputDir;
import shequn.output.ResultFiles;
import shequn.scenario.Scenario;
import shequn.scenario.ScenarioLoader;
import shequn.scenario.Segments;
import shequn.world.World;

/**
 * Builds a scenario's world (day 0, as {@code run} would for the same seed) and describes its social
 * network: size, degrees, clustering, the share of strong ties, the neighbourhood overlap of strong
 * and weak ties, components. With {@code --out}, writes the graph: {@code edges.csv} ({@code a,b,type},
 * loadable as a {@code network.type: edge-list}) and {@code consumers.csv} (one row per consumer).
 */
@Command(name = "network", description = "Build a scenario's social network, print its statistics, and with --out write "
        + "edges.csv and consumers.csv.")
final class NetworkCommand implements Callable<Integer> {
    /** The files --out receives. */
    static final List<String> FILES = List.of("edges.csv", "consumers.csv");

    @Parameters(paramLabel = "SCENARIO", description = "scenario file (YAML or JSON)")
    Path file;

    @Option(names = "--seed", description = "random seed (default: the scenario's seed)")
    Long seed;

    @Option(names = "--out", description = "folder for edges.csv and consumers.csv (default: write nothing)")
    Path out;

    @Option(names = "--set", paramLabel = "PATH=VALUE", description = "override a field, e.g. network.type=clustered")
    List<String> overrides = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        Scenario scenario = ScenarioLoader.load(file, overrides);
        Sizes.worlds(file, List.of(scenario));
        if (out != null) {
            checkFresh();
            OutputFolder.open(out); // created, writable and locked before any work; held until the command ends
            checkFresh();
        }
        long runSeed = seed != null ? seed : scenario.seed();
        Simulation sim;
        try {
            sim = Simulation.start(scenario, runSeed, World.baseDirOf(file));
        } catch (WorldTooLargeException e) {
            throw new BadInput(file + ": " + e.getMessage());
        }
        try {
            describe(scenario, runSeed, sim.world());
        } finally {
            sim.finish();
        }
        return 0;
    }

    private void describe(Scenario scenario, long runSeed, World world) throws Exception {
        SocialGraph g = world.ties;
        NetworkStats s = NetworkStats.of(g);
        byte[] segment = world.people.segment;
        if (out != null) {
            OutputDir dir = new OutputDir(out);
            dir.write("edges.csv", w -> {
                w.write("a,b,type\n");
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < g.size(); i++) {
                    for (int k = g.start(i); k < g.end(i); k++) {
                        int j = g.neighbour(k);
                        if (j > i) {
                            sb.setLength(0);
                            sb.append(i).append(',').append(j).append(',')
                                    .append(g.type(k) == SocialGraph.STRONG ? "strong" : "weak").append('\n');
                            w.write(sb.toString());
                        }
                    }
                }
            });
            dir.write("consumers.csv", w -> {
                w.write("consumer,degree,strong_degree,clustering,segment\n");
                for (int i = 0; i < g.size(); i++) {
                    w.write(i + "," + s.degree(i) + "," + s.strongDegree(i) + ","
                            + String.format(Locale.ROOT, "%.6f", s.clustering(i)) + "," + Segments.NAMES[segment[i]] + "\n");
                }
            });
        }
        System.out.print(describe(scenario, runSeed, s));
        if (out != null) {
            System.out.println("wrote " + out.resolve("edges.csv") + ", consumers.csv");
        }
    }

    static String describe(Scenario scenario, long seed, NetworkStats s) {
        StringBuilder sb = new StringBuilder();
        String type = scenario.network().type().name().toLowerCase(Locale.ROOT).replace('_', '-');
        sb.append(String.format(Locale.ROOT, "%s: network %s, seed %d%n", scenario.name(), type, seed));
        row(sb, "consumers", String.format(Locale.ROOT, "%,d", s.size()));
        row(sb, "ties", String.format(Locale.ROOT, "%,d (%,d strong, %,d weak)", s.edges(), s.strongEdges(),
                s.edges() - s.strongEdges()));
        row(sb, "mean degree", String.format(Locale.ROOT, "%.3f", s.meanDegree()));
        row(sb, "degree quantiles", String.format(Locale.ROOT, "min %d, p10 %d, p50 %d, p90 %d, p99 %d, max %d",
                s.degreeQuantile(0), s.degreeQuantile(0.1), s.degreeQuantile(0.5), s.degreeQuantile(0.9),
                s.degreeQuantile(0.99), s.degreeQuantile(1)));
        row(sb, "mean clustering", String.format(Locale.ROOT, "%.4f", s.meanClustering()));
        row(sb, "strong share", String.format(Locale.ROOT, "%.4f", s.strongShare()));
        row(sb, "mean overlap", String.format(Locale.ROOT, "strong ties %.4f, weak ties %.4f", s.meanOverlapStrong(),
                s.meanOverlapWeak()));
        row(sb, "components", String.format(Locale.ROOT, "%,d; the largest holds %.2f%% of consumers", s.components(),
                100 * s.largestShare()));
        return sb.toString();
    }

    private static void row(StringBuilder sb, String label, String value) {
        sb.append(String.format(Locale.ROOT, "  %-18s %s%n", label, value));
    }

    /** Refuses a folder holding this command's files or any command's results: nothing is replaced silently. */
    private void checkFresh() throws Exception {
        List<String> old = new ArrayList<>();
        for (String name : FILES) {
            if (Files.exists(out.resolve(name))) {
                old.add(name);
            }
        }
        old.addAll(ResultFiles.present(out));
        if (!old.isEmpty()) {
            throw new BadInput(out + ": already holds results (" + String.join(", ", old.subList(0, Math.min(3, old.size())))
                    + (old.size() > 3 ? ", …" : "") + "); choose another --out");
        }
    }
}
