package org.sitrep.places;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameKeyTest {
    @Test
    void foldsCaseDiacriticsHyphensAndSpaces() {
        assertThat(NameKey.of("Ālbū Kamāl")).isEqualTo("albukamal");
        assertThat(NameKey.of("Al Bukamal")).isEqualTo("albukamal");
        assertThat(NameKey.of("Al-Bukamal")).isEqualTo("albukamal");
        assertThat(NameKey.of("ALBU KAMAL")).isEqualTo("albukamal");
        assertThat(NameKey.of("Al – Mohandes")).isEqualTo("almohandes");
    }

    @Test
    void dropsApostrophesAyinsAndPeriods() {
        assertThat(NameKey.of("Al Qā’im")).isEqualTo("alqaim");
        assertThat(NameKey.of("Al Qa'im")).isEqualTo("alqaim");
        assertThat(NameKey.of("Jumhūriyyat al-‘Irāq")).isEqualTo("jumhuriyyataliraq");
        assertThat(NameKey.of("Al-Jumhūrīyah Al-ʻArabīyah")).isEqualTo("aljumhuriyahalarabiyah");
        assertThat(NameKey.of("U.S.")).isEqualTo("us");
    }

    @Test
    void spellsLettersWithoutDecompositionPlainly() {
        assertThat(NameKey.of("Łódź")).isEqualTo("lodz");
        assertThat(NameKey.of("Tromsø")).isEqualTo("tromso");
        assertThat(NameKey.of("Straße")).isEqualTo("strasse");
        assertThat(NameKey.of("Diyarbakır")).isEqualTo("diyarbakir");
    }

    @Test
    void wordsAndAscii() {
        assertThat(NameKey.words("the Al-Bukamal area")).containsExactly("the", "al", "bukamal", "area");
        assertThat(NameKey.words("  ")).isEmpty();
        assertThat(NameKey.ascii("Ālbū Kamāl")).isEqualTo("Albu Kamal");
        assertThat(NameKey.ascii("Türkiye")).isEqualTo("Turkiye");
        assertThat(NameKey.ascii("Østfold")).isEqualTo("Ostfold");
    }
}
