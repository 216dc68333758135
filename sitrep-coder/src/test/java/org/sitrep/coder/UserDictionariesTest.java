package org.sitrep.coder;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.dictionaries.Dictionaries;
import org.sitrep.model.Article;

/** PETRARCH dictionary features a user's files may use, coded by the real pipeline with the bundled ones. */
class UserDictionariesTest {

    /** A PETRARCH actor line with several codes at once ("[EST/LVA/LTU]") names each of them in every role. */
    @Test
    void aJointNameActsAsEachOfItsActors(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("user.actors.txt"), "THE_BALTIC_STATES  [EST/LVA/LTU]\n");
        ArticleCoder coder = ArticleCoder.withDictionaries(Dictionaries.bundled().plus(Dictionaries.load(dir)));
        assertThat(dyads(coder, "The Baltic states condemned Russia.")).containsExactlyInAnyOrder(
                "EST 111 RUS", "LVA 111 RUS", "LTU 111 RUS");
        assertThat(dyads(coder, "Russia condemned the Baltic states.")).containsExactlyInAnyOrder(
                "RUS 111 EST", "RUS 111 LVA", "RUS 111 LTU");
        assertThat(dyads(coder, "Poland restored ties with the Baltic states.")).containsExactlyInAnyOrder(
                "POL 050 EST", "POL 050 LVA", "POL 050 LTU");
    }

    @Test
    void aPrefixAgentBeforeACountryComposesInFront(@TempDir Path dir) throws IOException {
        // Phoenix's own OBSERVERS_IN [IGO~].
        assertThat(dyads(ArticleCoder.shared(), "Observers in Syria condemned Russia.")).containsExactly("IGOSYR 111 RUS");
        Files.writeString(dir.resolve("user.agents.txt"), "WATCHDOG {}  [NGO~]\n");
        ArticleCoder coder = ArticleCoder.withDictionaries(Dictionaries.bundled().plus(Dictionaries.load(dir)));
        assertThat(dyads(coder, "Watchdog Sudan condemned Russia.")).containsExactly("NGOSDN 111 RUS");
        assertThat(dyads(coder, "A Watchdog Sudan official condemned Russia.")).containsExactly("NGOSDNGOV 111 RUS");
    }

    @Test
    void aPatternsSourceMarkerTakesThePhraseItFollows(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("user.verbs.txt"), "--- LIBERATE [081] ---\nLIBERATE\n- + * FROM $ [0831]\n");
        ArticleCoder coder = ArticleCoder.withDictionaries(Dictionaries.bundled().plus(Dictionaries.load(dir)));
        assertThat(dyads(coder, "Kuwait was liberated from Iraq.")).containsExactly("IRQ 0831 KWT");
        assertThat(dyads(coder, "Kuwait liberated its oil fields from Iraq.")).containsExactly("IRQ 0831 KWT");
    }

    /** A visit coded with its host's reply (032:033) takes the country it happens "in" as the host. */
    @Test
    void aVisitsPlaceIsItsHost(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("user.verbs.txt"), "--- ARRIVE [032:033] ---\nARRIVE\n");
        ArticleCoder coder = ArticleCoder.withDictionaries(Dictionaries.bundled().plus(Dictionaries.load(dir)));
        assertThat(dyads(coder, "The Iraqi president arrived in Iran on Monday.")).containsExactly(
                "IRQGOV 032 IRN", "IRN 033 IRQGOV");
    }

    /** A pattern word before the verb may be the verb that reports it ("- INDICATED * [123]"). */
    @Test
    void aPatternMayNameTheReportingVerb(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("user.verbs.txt"), "--- DEPLORE [122] ---\nDEPLORE\n- INDICATED *  [123]\n");
        ArticleCoder coder = ArticleCoder.withDictionaries(Dictionaries.bundled().plus(Dictionaries.load(dir)));
        assertThat(dyads(coder, "Iraq indicated it deplored Iran.")).contains("IRQ 123 IRN");
        assertThat(dyads(coder, "Iraq deplored Iran.")).containsExactly("IRQ 122 IRN");
    }

    /** Words joined to a synset must stand side by side ("NEW_&TIETYPES_RELATIONS"). */
    @Test
    void aJoinedSynsetMatchesOnlySideBySide(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("user.verbs.txt"), "&TIETYPES\n+MILITARY\n+ECONOMIC\n\n--- ABANDON [081] ---\n"
                + "ABANDON\n- * NEW_&TIETYPES_RELATIONS [0831]\n");
        ArticleCoder coder = ArticleCoder.withDictionaries(Dictionaries.bundled().plus(Dictionaries.load(dir)));
        assertThat(dyads(coder, "Iraq abandoned new economic relations with Iran.")).containsExactly("IRQ 0831 IRN");
        assertThat(dyads(coder, "Iraq abandoned new global economic relations with Iran.")).containsExactly("IRQ 081 IRN");
    }

    /** Words before a verb include those of the verb it completes ("won't try to clash" for "WON'T *"). */
    @Test
    void aCompletedVerbLendsItsAuxiliaries(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("user.verbs.txt"), "--- CLASH [190] ---\nCLASH\n- UNEXPECTEDLY * [0831]\n");
        ArticleCoder coder = ArticleCoder.withDictionaries(Dictionaries.bundled().plus(Dictionaries.load(dir)));
        assertThat(dyads(coder, "Iraq unexpectedly tried to clash with Iran.")).containsExactly("IRQ 0831 IRN");
        assertThat(dyads(coder, "Iraq tried to clash with Iran.")).contains("IRQ 190 IRN").doesNotContain("IRQ 0831 IRN");
    }

    /** "* AT ^ +": the pattern skips the at-phrase and takes its target from the phrase after it. */
    @Test
    void aSkipMarkerPassesOverAPhrase(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("user.verbs.txt"), "--- WARN [160] ---\nWARN\n- * AT ^ +  [162]\n");
        ArticleCoder coder = ArticleCoder.withDictionaries(Dictionaries.bundled().plus(Dictionaries.load(dir)));
        assertThat(dyads(coder, "Egypt warned at the summit in Jordan of Israel.")).contains("EGY 162 JOR")
                .doesNotContain("EGY 162 ISR");
        assertThat(dyads(coder, "Egypt warned at the Jordan summit of Israel.")).containsExactly("EGY 162 ISR");
    }

    /** A PETRARCH discard file drops a sentence, or with "+" the whole story, and the trace says why. */
    @Test
    void discardPhrasesDropTheirSentenceOrStory(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("user.discards.txt"), "+TYPHOON\nWORLD CUP\n");
        ArticleCoder coder = ArticleCoder.withDictionaries(Dictionaries.bundled().plus(Dictionaries.load(dir)));
        assertThat(dyads(coder, "Iraq condemned Iran. Iran criticized Iraq over the World Cup."))
                .containsExactly("IRQ 111 IRN");
        assertThat(dyads(coder, "Iraq condemned Iran. Two typhoons hit Iraq.")).isEmpty();
        assertThat(dyads(ArticleCoder.shared(), "Iraq condemned Iran. Two typhoons hit Iraq.")).contains("IRQ 111 IRN");
        List<String> trace = new ArrayList<>();
        coder.code(new Article("a", "test", null, "Iran criticized Iraq over the World Cup.", LocalDate.of(2021, 2, 27)),
                trace::add);
        assertThat(trace).anyMatch(l -> l.startsWith("discarded: the sentence has \"world cup*\" (user.discards.txt:2)"));
    }

    private static List<String> dyads(ArticleCoder coder, String text) {
        return coder.code(new Article("a", "test", null, text, LocalDate.of(2021, 2, 27))).events().stream()
                .map(e -> (e.source() == null ? "-" : e.source().code()) + " " + e.cameo().code() + " "
                        + (e.target() == null ? "-" : e.target().code())).toList();
    }
}
