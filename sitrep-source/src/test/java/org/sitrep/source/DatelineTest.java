package org.sitrep.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DatelineTest {
    @Test
    void wireDatelines() {
        assertThat(Dateline.find("BAGHDAD, Feb. 27, 2021 (Reuters) - Iraq's parliament voted on Saturday to ..."))
                .contains(LocalDate.of(2021, 2, 27));
        assertThat(Dateline.find("Title\n\nWASHINGTON (AP) \u2014 March 3, 2020 \u2014 The Pentagon said ..."))
                .contains(LocalDate.of(2020, 3, 3));
        String accented = "BOGOT\u00c1, June 8, 2022 \u2013 Colombia and Venezuela resumed talks on Wednesday about "
                + "reopening trade across their border, officials in the capital said.";
        assertThat(Dateline.find(accented)).contains(LocalDate.of(2022, 6, 8));
    }

    @Test
    void bylinesAndIsoDates() {
        assertThat(Dateline.find("Iraq votes\nBy Jane Doe | Published 27 February 2021\n\nBody text."))
                .contains(LocalDate.of(2021, 2, 27));
        assertThat(Dateline.find("2021-02-27\nBody.")).contains(LocalDate.of(2021, 2, 27));
    }

    @Test
    void aHistoricalDateInTheLedeIsNotADateline() {
        String lede = "On March 20, 2003, American and British troops crossed into Iraq from Kuwait in what became "
                + "a long war, the consequences of which are still felt across the region today.";
        assertThat(Dateline.find(lede)).isEmpty();
        assertThat(Dateline.find("What does NATO want in Iraq?\n\nBY: Valeria Rodriguez\n\nNATO plans ...")).isEmpty();
    }

    @Test
    void impossibleDatesAreIgnored() {
        assertThat(Dateline.find("CAIRO, February 30, 2021 - ...")).isEmpty();
    }
}
