package shequn.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import shequn.output.OutputDir;
import shequn.scenario.JsonSchema;

@Command(name = "schema", description = "Print the JSON Schema of scenario files (for editor completion and checks).")
final class SchemaCommand implements Callable<Integer> {
    @Option(names = "--out", description = "write it to this file instead of printing it")
    Path out;

    @Override
    public Integer call() throws Exception {
        String schema = JsonSchema.text();
        if (out == null) {
            System.out.print(schema);
        } else {
            Path dir = out.toAbsolutePath().getParent();
            try {
                new OutputDir(dir).write(out.getFileName().toString(), w -> w.write(schema));
            } catch (IOException e) {
                throw new BadInput(out + ": --out: cannot write here (" + OutputFolder.reason(e) + "); choose another --out");
            }
        }
        return 0;
    }
}
