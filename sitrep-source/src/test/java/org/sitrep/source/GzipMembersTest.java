package org.sitrep.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sitrep.source.Fixtures.concat;
import static org.sitrep.source.Fixtures.gzip;
import static org.sitrep.source.Fixtures.utf8;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.zip.ZipException;
import org.junit.jupiter.api.Test;

class GzipMembersTest {
    private static byte[] inflate(byte[] data) throws IOException {
        try (InputStream in = new GzipMembers(new ByteArrayInputStream(data))) {
            return in.readAllBytes();
        }
    }

    @Test
    void readsOneMemberAndManyConcatenatedMembers() throws Exception {
        assertThat(new String(inflate(gzip(utf8("one"))))).isEqualTo("one");
        byte[] big = utf8("x".repeat(300_000));
        byte[] three = concat(gzip(utf8("first ")), gzip(big), gzip(utf8(" last")));
        assertThat(inflate(three)).hasSize(6 + 300_000 + 5).startsWith(utf8("first x")).endsWith(utf8("x last"));
    }

    @Test
    void bytesAfterAMemberThatAreNotGzipAreAnError() {
        byte[] data = concat(gzip(utf8("good")), utf8("garbage"));
        assertThatThrownBy(() -> inflate(data)).isInstanceOf(ZipException.class)
                .hasMessage("data after gzip member 1 is not gzip (damaged or not compressed)");
    }

    @Test
    void truncatedAndDamagedDataAreErrors() {
        byte[] whole = gzip(utf8("Some text that is long enough to compress. ".repeat(50)));
        byte[] cut = Arrays.copyOf(whole, whole.length - 12);
        assertThatThrownBy(() -> inflate(cut)).isInstanceOf(EOFException.class).hasMessageContaining("truncated");
        byte[] badCrc = whole.clone();
        badCrc[badCrc.length - 6] ^= 0x55;
        assertThatThrownBy(() -> inflate(badCrc)).hasMessage("gzip member 1 fails its checksum (damaged data)");
    }
}
