package org.sitrep.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.sitrep.coder.ArticleCoder;
import org.sitrep.dictionaries.Dictionaries;
import org.sitrep.dictionaries.discard.DiscardList;
import org.sitrep.eval.petrarch.EnvironmentDictionaries;
import org.sitrep.eval.petrarch.ValidationFile;
import org.sitrep.eval.petrarch.ValidationRecord;
import org.sitrep.eval.score.EventTriple;
import org.sitrep.eval.score.Figures;
import org.sitrep.eval.score.RecordScore;
import org.sitrep.eval.score.Scorer;
import org.sitrep.nlp.NlpPipeline;

/**
 * Runs a PETRARCH validation file through Sitrep with the dictionaries its environment names, record by record
 * under each record's options, and scores what comes out.
 * Records expecting an error expect no events; a bad_input_parse record is skipped when re-parsing, because
 * its error is in the parse that route never reads.
 */
public final class PetrarchEvaluation {
    static final String BAD_INPUT_PARSE = "bad_input_parse";

    private final ValidationFile file;
    private final Dictionaries dictionaries;
    private final CodingRoute route;
    private final BareRoles bareRoles;
    private final boolean goldParse;

    private PetrarchEvaluation(ValidationFile file, Dictionaries dictionaries, boolean goldParse) {
        this.file = file;
        this.dictionaries = dictionaries;
        this.goldParse = goldParse;
        this.bareRoles = new BareRoles(dictionaries);
        ArticleCoder coder = ArticleCoder.keepingUncodedEvents(dictionaries); // require_dyad decides what is written
        this.route = goldParse ? new GoldParseRoute(NlpPipeline.shared(), coder)
                : new ReparseRoute(coder);
    }

    /**
     * Loads the dictionaries the file's environment names, from dictionaryDir or, when it is null, from the
     * file's own folder, and builds the coder (loading CoreNLP if this JVM has not yet).
     *
     * @throws org.sitrep.eval.petrarch.ValidationFileException when a named file is missing
     * @throws org.sitrep.dictionaries.DictionaryException when a named file is malformed
     */
    public static PetrarchEvaluation prepare(ValidationFile file, Path dictionaryDir, boolean goldParse) {
        Path dir = dictionaryDir(file, dictionaryDir);
        Dictionaries d = EnvironmentDictionaries.load(file.environment(), dir);
        return new PetrarchEvaluation(file, d, goldParse);
    }

    static Path dictionaryDir(ValidationFile file, Path dictionaryDir) {
        if (dictionaryDir != null) return dictionaryDir;
        Path parent = file.path().toAbsolutePath().getParent();
        return parent == null ? Path.of(".") : parent;
    }

    public Dictionaries dictionaries() {
        return dictionaries;
    }

    /** The dictionary files loaded, as the environment names them. */
    public List<String> dictionaryNames() {
        List<String> names = new ArrayList<>();
        if (file.environment().verbFile() != null) names.add(file.environment().verbFile());
        names.addAll(file.environment().actorFiles());
        if (file.environment().agentFile() != null) names.add(file.environment().agentFile());
        if (file.environment().discardFile() != null) names.add(file.environment().discardFile());
        return names;
    }

    public DiscardList discards() {
        return dictionaries.discards();
    }

    public String route() {
        return route.label();
    }

    /** Codes and scores every record in file order, telling listener about each as it is done. */
    public EvaluationResult run(Consumer<RecordOutcome> listener) {
        List<RecordOutcome> outcomes = new ArrayList<>();
        List<RecordScore> scores = new ArrayList<>();
        for (ValidationRecord r : file.records()) {
            RecordOutcome o = outcome(r);
            outcomes.add(o);
            if (o.status() == RecordOutcome.Status.SCORED) scores.add(o.score());
            listener.accept(o);
        }
        return new EvaluationResult(route.label(), outcomes, Figures.of(scores));
    }

    RecordOutcome outcome(ValidationRecord r) {
        if (!goldParse && BAD_INPUT_PARSE.equals(r.error())) {
            return new RecordOutcome(r, RecordOutcome.Status.SKIPPED, List.of(), Scorer.score(List.of(), List.of()),
                    null, null, "expects " + BAD_INPUT_PARSE + ", an error in its <Parse>, which re-parsing does not "
                            + "read");
        }
        CodingRoute.Coded coded;
        try {
            coded = route.code(r);
        } catch (RuntimeException e) {
            String why = (e instanceof IllegalArgumentException ? "not coded: " : "coder failed: ") + e.getMessage();
            if (BAD_INPUT_PARSE.equals(r.error())) why += " (the expected " + BAD_INPUT_PARSE + ")";
            return new RecordOutcome(r, RecordOutcome.Status.SCORED, List.of(), Scorer.score(r.expected(), List.of()),
                    null, null, why);
        }
        Coding coding = bareRoles.write(coded.coding());
        List<EventTriple> produced = EventTriples.of(coding.events(), r.options());
        return new RecordOutcome(r, RecordOutcome.Status.SCORED, produced, Scorer.score(r.expected(), produced),
                coding, coded.parse(), coded.note());
    }
}
