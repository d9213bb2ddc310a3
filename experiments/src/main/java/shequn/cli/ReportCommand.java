package shequn.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import shequn.output.OutputDir;
import shequn.viz.data.Results;
import shequn.viz.report.HtmlReport;

@Command(name = "report", description = {"Write one self-contained HTML report (inline SVG charts, tables, verdict, "
        + "provenance) from the results folder of any command.",
    "Folders of run (one replication), mc (replications of one plan), compare (plans against a baseline; the verdict "
        + "leads with profit), sweep, sensitivity, optimize, calibrate and response each get their own verdict and tables."})
final class ReportCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", description = "results folder written by run, mc, compare, sweep, sensitivity, optimize, calibrate or response")
    Path dir;

    @Option(names = "--out", description = "report file (default: DIR/report.html)")
    Path out;

    @Option(names = "--lang", description = "label language: en or zh (default: ${DEFAULT-VALUE})", defaultValue = "en")
    String lang;

    @Option(names = "--question", description = "the client's question, shown at the top (default: a generic one)")
    String question;

    @Override
    public Integer call() throws Exception {
        Results results = VizOptions.results(dir);
        if (!results.has(Results.SUMMARY)) {
            throw new BadInput(dir + ": no summary.json (expected the output folder of shequn run, mc, compare, sweep, sensitivity, optimize, "
                    + "calibrate or response)");
        }
        Path target = out != null ? out : dir.resolve("report.html");
        if (Files.isDirectory(target)) {
            throw new BadInput(target + ": --out: is a folder (expected a file name such as report.html)");
        }
        String html = new HtmlReport(results, VizOptions.style(lang)).render(question);
        Path parent = target.toAbsolutePath().getParent();
        try {
            new OutputDir(parent).write(target.getFileName().toString(), w -> w.write(html));
        } catch (IOException e) {
            throw new BadInput(target + ": --out: cannot write the report here (" + OutputFolder.reason(e)
                    + "); choose another --out");
        }
        System.out.println("wrote " + target);
        return 0;
    }
}
