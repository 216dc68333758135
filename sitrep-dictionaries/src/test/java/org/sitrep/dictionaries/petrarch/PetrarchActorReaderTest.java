package org.sitrep.dictionaries.petrarch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.dictionaries.TestData.date;
import static org.sitrep.dictionaries.TestData.petrarch;
import static org.sitrep.dictionaries.TestData.withPhrase;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.dictionaries.DictionaryWarning;
import org.sitrep.dictionaries.actor.ActorEntry;
import org.sitrep.dictionaries.actor.DatedCode;

class PetrarchActorReaderTest {
    private static Parsed<List<ActorEntry>> countries;

    @BeforeAll
    static void readCountries() {
        countries = PetrarchActorReader.read(petrarch("Phoenix.Countries.actors.txt"));
    }

    private static ActorEntry only(List<ActorEntry> entries, String phrase) {
        List<ActorEntry> found = withPhrase(entries, phrase);
        assertThat(found).as(phrase).hasSize(1);
        return found.get(0);
    }

    @Test
    void countriesHasTheDocumentedSize() {
        // The reference README counts 18,390 primary-phrase lines; uncoded names sharing one code block
        // become one entry, and entries without any code are skipped.
        assertThat(countries.value()).hasSizeBetween(17_500, 18_500);
        int phrases = countries.value().stream().mapToInt(e -> e.phrases().size()).sum();
        assertThat(phrases).isBetween(25_000, 27_000);
        assertThat(countries.warnings()).hasSizeLessThan(40);
    }

    @Test
    void phrasesAreLowerCaseWithSpaces() {
        ActorEntry stoltenberg = only(countries.value(), "jens stoltenberg");
        assertThat(stoltenberg.name()).isEqualTo("jens stoltenberg");
        assertThat(stoltenberg.origin()).isEqualTo("Phoenix.Countries.actors.txt:35636");
        for (ActorEntry e : countries.value()) {
            for (String p : e.phrases()) assertThat(p).doesNotContain("_").isEqualTo(p.toLowerCase()).isEqualTo(p.strip());
        }
    }

    @Test
    void stoltenbergIsNorwegianGovernmentAfterOctober2005() {
        ActorEntry e = only(countries.value(), "jens stoltenberg");
        assertThat(e.codes()).contains(new DatedCode("NORGOV", date("2005-10-17"), null),
                new DatedCode("NORGOV", date("2000-03-17"), date("2001-10-19")),
                new DatedCode("NORELI", date("1977-01-01"), date("2000-03-17")),
                new DatedCode("NORELI", null, null));
        assertThat(e.codeOn(date("2010-01-01"))).contains("NORGOV");
        assertThat(e.codeOn(date("2003-01-01"))).contains("NORELI");
    }

    @Test
    void karzaiFollowsTheReadmeExample() {
        // HAMID_KARZAI_ +KARZAI_ +PRESIDENT_KARZAI_ [AFGELI 750101-000101] [AFGGOV >011222] [AFGELI]
        ActorEntry e = only(countries.value(), "karzai");
        assertThat(e.phrases()).containsExactly("hamid karzai", "karzai", "president karzai");
        assertThat(e.codes()).containsExactly(
                new DatedCode("AFGELI", date("1975-01-01"), date("2000-01-01")),
                new DatedCode("AFGGOV", date("2001-12-22"), null),
                new DatedCode("AFGELI", null, null));
        assertThat(e.codeOn(date("1980-06-01"))).contains("AFGELI");
        assertThat(e.codeOn(date("2005-03-01"))).contains("AFGGOV");
        assertThat(e.codeOn(date("2001-06-01"))).contains("AFGELI");
    }

    @Test
    void eightDigitDatesAreExplicitAndSixDigitYearsPivotAt30() {
        // ABDUL_ZAHIR_ [AFGELI 19280101-710609]
        ActorEntry zahir = only(countries.value(), "abdul zahir");
        assertThat(zahir.codes().get(0)).isEqualTo(new DatedCode("AFGELI", date("1928-01-01"), date("1971-06-09")));
        assertThat(PetrarchText.date("310101")).isEqualTo(date("1931-01-01"));
        assertThat(PetrarchText.date("300101")).isEqualTo(date("2030-01-01"));
        assertThat(PetrarchText.date("19301231")).isEqualTo(date("1930-12-31"));
    }

    @Test
    void uncodedNamesAboveOneCodeBlockShareIt() {
        ActorEntry brezhnev = only(countries.value(), "leonid brezhnev");
        assertThat(brezhnev.phrases()).contains("secretary brezhnev", "soviet leader leonid brezhnev");
        assertThat(brezhnev.codeOn(date("1975-01-01"))).contains("RUSGOV");
    }

    @Test
    void aDoubledCenturyIsRepairedWithAWarning() {
        // IRAQ_ ... [IRQ <20030320] [IRQOCC 1920030320-20060520] [IRQ >20060520]
        ActorEntry iraq = only(countries.value(), "iraq");
        assertThat(iraq.codeOn(date("2004-01-01"))).contains("IRQOCC");
        assertThat(iraq.codeOn(date("2003-03-19"))).contains("IRQ");
        assertThat(iraq.codeOn(date("2020-01-03"))).contains("IRQ");
        assertThat(countries.warnings()).map(DictionaryWarning::toString)
                .anyMatch(w -> w.startsWith("Phoenix.Countries.actors.txt:22508: ") && w.contains("doubled century"));
    }

    @Test
    void unreadableLinesBecomeWarningsWithFileAndLine() {
        assertThat(countries.warnings()).map(DictionaryWarning::toString).contains(
                "Phoenix.Countries.actors.txt:2039: [ARMUNR 9008223-911221]: date \"9008223\" is not 6 (YYMMDD) or 8 (YYYYMMDD) digits",
                "Phoenix.Countries.actors.txt:11234: phrase \"cote d\uFFFDivoire\" contains an undecodable character (U+FFFD); skipped",
                "Phoenix.Countries.actors.txt:21125: actor \"indian ocean\" has no code; skipped");
        assertThat(withPhrase(countries.value(), "indian ocean")).isEmpty();
        for (ActorEntry e : countries.value()) {
            assertThat(e.codes()).isNotEmpty();
            e.codes().forEach(c -> assertThat(c.code()).matches("([A-Z0-9]{3})+"));
        }
    }

    @Test
    void internationalReadsSeveralBracketListsOnOneLine() {
        Parsed<List<ActorEntry>> p = PetrarchActorReader.read(petrarch("Phoenix.International.actors.txt"));
        assertThat(p.value()).hasSizeBetween(7_000, 8_000);
        assertThat(only(p.value(), "nato").codeOn(date("2021-02-15"))).contains("IGOWSTNAT");
        assertThat(only(p.value(), "north atlantic treaty organization").name()).isEqualTo("nato");
        // B._LYNN_PASCOE_ [USAGOV 981022-010811] [USAGOV 041018-070201] [IGOUNO  >070201]
        ActorEntry pascoe = only(p.value(), "b. lynn pascoe");
        assertThat(pascoe.codes()).containsExactly(
                new DatedCode("USAGOV", date("1998-10-22"), date("2001-08-11")),
                new DatedCode("USAGOV", date("2004-10-18"), date("2007-02-01")),
                new DatedCode("IGOUNO", date("2007-02-01"), null));
        assertThat(p.warnings()).map(DictionaryWarning::toString)
                .contains("Phoenix.International.actors.txt:61: null code [---] (name not to be coded) has no Sitrep equivalent; dropped");
    }

    @Test
    void milNonStateGroupsKeepTheirSynonyms() {
        Parsed<List<ActorEntry>> p = PetrarchActorReader.read(petrarch("Phoenix.MilNonState.actors.txt"));
        assertThat(p.value()).hasSizeBetween(1_000, 1_030);
        ActorEntry abuNidal = only(p.value(), "abu nidal organization");
        assertThat(abuNidal.phrases()).contains("fatah revolutionary council");
        assertThat(abuNidal.codes()).containsExactly(new DatedCode("IMGMUSALQ", null, null));
    }

    @Test
    void validationActorsUseSpacedOperatorsAndXmlComments() {
        Parsed<List<ActorEntry>> p = PetrarchActorReader.read(petrarch("PETR.Validate.actors.txt"));
        assertThat(p.value()).hasSizeGreaterThan(100);
        assertThat(only(p.value(), "hamas").codes()).containsExactly(new DatedCode("PSEREBHMS", null, null));
        ActorEntry hobbits = p.value().stream().filter(e -> e.codes().stream().anyMatch(c -> c.code().equals("HOBREB")))
                .findFirst().orElseThrow();
        // [HOB < 950601] is HOB until the day before; [HOBREB > 990816] from that day on.
        assertThat(hobbits.codes()).contains(new DatedCode("HOB", null, date("1995-05-31")),
                new DatedCode("HOBREB", date("1999-08-16"), null));
        assertThat(p.warnings()).map(DictionaryWarning::toString)
                .anyMatch(w -> w.startsWith("PETR.Validate.actors.txt:") && w.contains("\"pse\" is not a CAMEO actor code"));
    }

    @Test
    void innerSpacesAndMalformedListsInText() {
        String text = "EGYPTIAN_PRESIDENT_\n\t[EGYGOV > 140608]\n\t[EGYELI]\nCUBA_ [USAMIL CUB 120]--\n+HAVANA_\nX_ [CUB\n";
        Parsed<List<ActorEntry>> p = PetrarchActorReader.read("test.actors.txt", text);
        assertThat(p.value()).hasSize(1);
        assertThat(p.value().get(0).codes()).containsExactly(new DatedCode("EGYGOV", date("2014-06-08"), null),
                new DatedCode("EGYELI", null, null));
        assertThat(p.warnings()).map(DictionaryWarning::toString).containsExactly(
                "test.actors.txt:4: text after the code lists ignored: \"--\"",
                "test.actors.txt:4: [USAMIL CUB 120]: date restriction \"CUB 120\" is not <YYMMDD, >YYMMDD or YYMMDD-YYMMDD",
                "test.actors.txt:4: actor \"cuba\" has no code; skipped",
                "test.actors.txt:6: unbalanced brackets in \"[CUB\"; codes on this line skipped",
                "test.actors.txt:6: actor \"x\" has no code; skipped");
    }

    @Test
    void severalCodesAtOnceAreOneEntryPerCodeFromTheSameLine() {
        String text = "THE_SHIRE  [FRO/BIL/SAM]\nLORIEN  [ELR/GAL 950101]\n";
        Parsed<List<ActorEntry>> p = PetrarchActorReader.read("test.actors.txt", text);
        assertThat(p.value()).map(e -> e.codes().get(0).code()).containsExactly("FRO", "BIL", "SAM");
        assertThat(p.value()).allMatch(e -> e.origin().equals("test.actors.txt:1") && e.name().equals("the shire"));
        assertThat(p.warnings()).map(DictionaryWarning::toString)
                .contains("test.actors.txt:2: [ELR/GAL 950101]: several codes at once cannot be dated; skipped");
    }
}
