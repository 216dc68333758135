package org.sitrep.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateTextTest {
    private static final LocalDate FEB_27 = LocalDate.of(2021, 2, 27);

    @Test
    void isoDatesAreTakenAsWrittenInThePublishersOffset() {
        assertThat(DateText.parse("2021-02-27")).contains(FEB_27);
        assertThat(DateText.parse("2021-02-27T23:30:00-05:00")).contains(FEB_27);
        assertThat(DateText.parse(" 2021-02-27T01:15:00+09:00 ")).contains(FEB_27);
        assertThat(DateText.parse("2021-02-27 10:15:00")).contains(FEB_27);
        assertThat(DateText.parse("20210227T101500Z")).contains(FEB_27);
        assertThat(DateText.parse("2021/02/27")).contains(FEB_27);
    }

    @Test
    void rfc822DatesAsInRss() {
        assertThat(DateText.parse("Sat, 27 Feb 2021 10:15:00 GMT")).contains(FEB_27);
        assertThat(DateText.parse("27 Feb 2021 23:59 EST")).contains(FEB_27);
        assertThat(DateText.parse("Sat, 27 Feb 21 10:15:00 +0000")).contains(FEB_27);
        assertThat(DateText.parse("Saturday, 27 February 2021")).contains(FEB_27);
    }

    @Test
    void writtenDates() {
        assertThat(DateText.parse("February 27, 2021 10:00 AM")).contains(FEB_27);
        assertThat(DateText.parse("Published: 27 Feb. 2021")).contains(FEB_27);
    }

    @Test
    void whatIsNotADateIsEmpty() {
        assertThat(DateText.parse(null)).isEmpty();
        assertThat(DateText.parse("")).isEmpty();
        assertThat(DateText.parse("yesterday")).isEmpty();
        assertThat(DateText.parse("2021-02-30")).isEmpty();
        assertThat(DateText.parse("2021-13-01T00:00:00Z")).isEmpty();
        assertThat(DateText.parse("Sun, 30 Feb 2021 10:00:00 GMT")).isEmpty();
    }
}
