package org.sitrep.coder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;
import org.sitrep.model.CodedArticle;
import org.sitrep.model.Event;
import org.sitrep.model.EventDate;
import org.sitrep.model.EventDate.Basis;
import org.sitrep.model.EventDate.Precision;

/** Each kind of time expression, dated by the real pipeline against a Saturday publication date. */
class DatesTest {
    private static final LocalDate SATURDAY = LocalDate.of(2021, 2, 27);

    private static CodedArticle code(String text, LocalDate published) {
        return ArticleCoder.shared().code(new Article("d", "test", null, text, published));
    }

    private static EventDate firstEventDate(String text) {
        CodedArticle coded = code(text, SATURDAY);
        assertThat(coded.events()).as("events of: " + text).isNotEmpty();
        return coded.events().get(0).date();
    }

    private static void assertDate(EventDate d, String value, Precision precision, Basis basis, String start,
                                   String end) {
        assertThat(d.value()).isEqualTo(value);
        assertThat(d.precision()).isEqualTo(precision);
        assertThat(d.basis()).isEqualTo(basis);
        assertThat(d.start()).isEqualTo(LocalDate.parse(start));
        assertThat(d.end()).isEqualTo(LocalDate.parse(end));
    }

    @Test
    void aYear() {
        assertDate(firstEventDate("In 2003, the United States invaded Iraq."), "2003", Precision.YEAR, Basis.TEXT,
                "2003-01-01", "2003-12-31");
    }

    @Test
    void aMonthOfLastYear() {
        assertDate(firstEventDate("In January of last year, Iraq condemned Iran."), "2020-01", Precision.MONTH,
                Basis.TEXT, "2020-01-01", "2020-01-31");
    }

    @Test
    void thisThursdayInASaturdayArticleIsTheThursdayJustPast() {
        assertDate(firstEventDate("This Thursday, the Pentagon attacked Syria."), "2021-02-25", Precision.DAY,
                Basis.TEXT, "2021-02-25", "2021-02-25");
    }

    @Test
    void theEndOfLastYearIsDecember() {
        EventDate d = firstEventDate("At the end of last year, Trump pardoned Blackwater.");
        assertDate(d, "2020-12", Precision.MONTH, Basis.TEXT, "2020-12-01", "2020-12-31");
        assertThat(d.modifier()).isEqualTo("late");
    }

    @Test
    void midFebruaryWithAHyphenIsTheMiddleOfThisFebruary() {
        EventDate d = firstEventDate("In mid-February, NATO condemned Iran.");
        assertDate(d, "2021-02", Precision.MONTH, Basis.TEXT, "2021-02-10", "2021-02-19");
        assertThat(d.modifier()).isEqualTo("mid");
    }

    @Test
    void sinceLastYearRunsToPublication() {
        EventDate d = firstEventDate("Since last year, Iraq has condemned Iran.");
        assertThat(d.start()).isEqualTo(LocalDate.of(2020, 1, 1));
        assertThat(d.end()).isEqualTo(SATURDAY);
        assertThat(d.modifier()).isEqualTo("since");
    }

    @Test
    void lastWeekIsAMondayToSundayWeek() {
        assertDate(firstEventDate("Last week, Iraq condemned Iran."), "2021-02", Precision.MONTH, Basis.TEXT,
                "2021-02-15", "2021-02-21");
    }

    @Test
    void seasonsAreTheirMonths() {
        assertDate(firstEventDate("Last summer, Iraq condemned Iran."), "2020", Precision.YEAR, Basis.TEXT,
                "2020-06-01", "2020-08-31");
    }

    @Test
    void fiscalYearsAreYears() {
        assertDate(firstEventDate("In fiscal 2020, Iraq condemned Iran."), "2020", Precision.YEAR, Basis.TEXT,
                "2020-01-01", "2020-12-31");
    }

    @Test
    void agoKeepsTheUnitItNames() {
        assertDate(firstEventDate("Two years ago, Iraq condemned Iran."), "2019", Precision.YEAR, Basis.TEXT,
                "2019-01-01", "2019-12-31");
    }

    @Test
    void anAdministrationIsItsLeadersTermFromTheDatedRoles() {
        EventDate d = firstEventDate("During the Trump administration, Iraq condemned Iran.");
        assertThat(d.start()).isEqualTo(LocalDate.of(2017, 1, 20));
        assertThat(d.end()).isEqualTo(LocalDate.of(2021, 1, 20));
        assertThat(d.modifier()).isEqualTo("term");
        assertThat(d.basis()).isEqualTo(Basis.TEXT);
    }

    @Test
    void noCueFallsBackToThePublicationDateAndSaysSo() {
        assertDate(firstEventDate("Iraq condemned Iran."), "2021-02-27", Precision.DAY, Basis.PUBLISHED,
                "2021-02-27", "2021-02-27");
    }

    @Test
    void theNextSentenceOfTheSameEpisodeInheritsItsDate() {
        CodedArticle coded = code("In 2018, Iraq condemned Iran. Turkey also condemned Iran.", SATURDAY);
        assertThat(coded.events()).hasSize(2);
        assertThat(coded.events().get(1).date().value()).isEqualTo("2018");
        assertThat(coded.events().get(1).date().basis()).isEqualTo(Basis.CONTEXT);
    }

    @Test
    void anInheritedDateIsNotPassedOnAgain() {
        CodedArticle coded = code("In 2018, Iraq condemned Iran. Turkey also condemned Iran. Syria condemned Israel.", SATURDAY);
        assertThat(coded.events()).extracting(e -> e.date().value() + " " + e.date().basis())
                .containsExactly("2018 TEXT", "2018 CONTEXT", "2021-02-27 PUBLISHED");
    }

    @Test
    void aStatementTakesOnlyADateOfItsOwn() {
        CodedArticle coded = code("In 2018, Iraq condemned Iran. Turkey said Iran had attacked Iraq in 2016.", SATURDAY);
        Event said = coded.events().stream().filter(e -> e.cameo().root().equals("01")).findFirst().orElseThrow();
        assertThat(said.date().value()).isEqualTo("2021-02-27");
        assertThat(said.date().basis()).isEqualTo(Basis.PUBLISHED);
    }

    @Test
    void aLaterPointOfAnEarlierEpisodeIsNotMovedAfterPublication() {
        EventDate d = firstEventDate("A few months later, Iraq condemned Iran.");
        assertThat(d.start()).isBeforeOrEqualTo(SATURDAY);
        assertThat(d.basis()).isEqualTo(Basis.PUBLISHED);
    }

    @Test
    void theFutureIsAllowedWhenTheTextSaysSo() {
        EventDate d = firstEventDate("Next month, Iraq will condemn Iran.");
        assertThat(d.value()).isEqualTo("2021-03");
    }

    @Test
    void withoutAPublicationDateRelativeDatesStayUnresolved() {
        CodedArticle coded = code("Last Thursday, Iraq condemned Iran. In 2003, the United States invaded Iraq.", null);
        assertThat(coded.events()).hasSize(2);
        assertThat(coded.events().get(0).date().basis()).isEqualTo(Basis.UNKNOWN);
        assertThat(coded.events().get(0).date().value()).isNull();
        assertThat(coded.events().get(1).date().value()).isEqualTo("2003");
        assertThat(coded.times().get(0).resolved()).isNull();
        assertThat(coded.times().get(0).reason()).contains("no publication date");
    }

    @Test
    void everyTimeExpressionIsListedWithItsOffsets() {
        String text = "In 2003, the United States invaded Iraq. Now Iraq condemned Iran.";
        List<org.sitrep.model.TimeMention> times = code(text, SATURDAY).times();
        assertThat(times).isNotEmpty();
        for (var t : times) assertThat(t.span().of(text)).isEqualTo(t.text());
    }
}
