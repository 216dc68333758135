package org.sitrep.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sitrep.dictionaries.DictionaryException;
import org.sitrep.eval.EvaluationResult;
import org.sitrep.eval.OutcomeReport;
import org.sitrep.eval.PetrarchEvaluation;
import org.sitrep.eval.RecordOutcome;
import org.sitrep.eval.petrarch.ValidationFile;
import org.sitrep.eval.petrarch.ValidationFileException;
import org.sitrep.eval.petrarch.ValidationReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * `sitrep eval petrarch RECORDS.xml`: codes a PETRARCH validation file with the dictionaries it names and
 * prints how many expected events Sitrep matched and how many it added.
 * The last line is always "matched: M/N (P%), spurious: S (Q%)", so scripts and CI can read it.
 */
@Command(name = "eval", description = "Evaluate the coder against annotated records.",
        subcommands = EvalCommand.Petrarch.class)
final class EvalCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "petrarch", description = "Score a PETRARCH validation file (e.g. PETR.UnitTest.records.xml).")
    static final class Petrarch implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "RECORDS.xml", description = "The validation records (<Validation> XML).")
        Path records;

        @Option(names = "--dictionaries", paramLabel = "DIR", description = "Folder of the dictionary files the "
                + "records' <Environment> names (default: the XML's folder).")
        Path dictionaries;

        @Option(names = "--use-gold-parse",
                description = "Convert each record's <Parse> to UD instead of re-parsing its text.")
        boolean goldParse;

        @Option(names = "--verbose",
                description = "Print every record: expected and produced events, and why they differ.")
        boolean verbose;

        @Override
        public Integer call() {
            var out = spec.commandLine().getOut();
            var err = spec.commandLine().getErr();
            if (dictionaries != null && !Files.isDirectory(dictionaries)) {
                err.println("sitrep: " + dictionaries + ": not a folder");
                return 1;
            }
            ValidationFile file;
            PetrarchEvaluation evaluation;
            try {
                file = ValidationReader.read(records);
                evaluation = PetrarchEvaluation.prepare(file, dictionaries, goldParse);
            } catch (ValidationFileException e) {
                err.println("sitrep: " + e.getMessage());
                return 1;
            } catch (DictionaryException e) {
                err.println("sitrep: dictionary error: " + e.getMessage());
                return 1;
            }
            OutcomeReport report = new OutcomeReport(evaluation.discards());
            Progress progress = new Progress(err, file.records().size());
            EvaluationResult result = evaluation.run(o -> {
                progress.step(o.record().id());
                if (verbose) report.lines(o).forEach(out::println);
            });
            out.printf("%s: %d records (%s), %d expected events; dictionaries: %s%n", records.getFileName(),
                    file.records().size(), result.route(), file.expectedEvents(),
                    String.join(", ", evaluation.dictionaryNames()));
            if (verbose) OutcomeReport.byCategory(result).forEach(out::println);
            for (RecordOutcome o : result.skipped()) out.println("skipped " + o.record().id() + ": " + o.note());
            out.println(result.figures().line());
            out.flush();
            err.flush();
            return 0;
        }
    }
}
