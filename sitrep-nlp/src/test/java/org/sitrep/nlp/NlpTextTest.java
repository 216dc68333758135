package org.sitrep.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What CoreNLP is shown instead of the article's own characters, always at the same offsets. */
class NlpTextTest {

    @Test
    void aWireDatelineBecomesASentenceOfItsOwn() {
        assertThat(NlpText.prepare("BAGHDAD, March 3, 2021 (Reuters) - Iraq's Foreign Ministry summoned the envoy."))
                .isEqualTo("BAGHDAD, March 3, 2021 (Reuters) . Iraq's Foreign Ministry summoned the envoy.");
        assertThat(NlpText.prepare("Title line\n\nWASHINGTON (AP) \u2014 The United States said."))
                .isEqualTo("Title line\n\nWASHINGTON (AP) . The United States said.");
        assertThat(NlpText.prepare("KABUL, Aug 24 -- Taliban fighters entered the city."))
                .isEqualTo("KABUL, Aug 24 .  Taliban fighters entered the city.");
    }

    @Test
    void aDashWithoutADateOrAgencyIsNoDateline() {
        assertThat(NlpText.prepare("US - China talks resume in Geneva.")).isEqualTo("US - China talks resume in Geneva.");
        assertThat(NlpText.prepare("CEBU CITY: -- Cordova Mayor Adelino Sitoy filed a suit."))
                .isEqualTo("CEBU CITY: -- Cordova Mayor Adelino Sitoy filed a suit.");
    }

    @Test
    void midMonthLosesItsHyphen() {
        assertThat(NlpText.prepare("in mid-February")).isEqualTo("in mid February");
    }
}
