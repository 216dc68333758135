package org.sitrep.places;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated files are exactly what scripts/build-gazetteer last wrote (SHA256SUMS), built reproducibly
 * (gzip without a timestamp), and broken files stop loading with their file and line.
 */
class GazetteerFilesTest {
    private static final Path DIR = Path.of("..", "gazetteer");

    @Test
    void generatedFilesMatchTheirRecordedChecksums() throws Exception {
        List<String> lines = Files.readAllLines(DIR.resolve("SHA256SUMS"), StandardCharsets.UTF_8);
        assertThat(lines).extracting(l -> l.substring(66)).containsExactly("countries.tsv", "admin1.tsv", "places.tsv.gz",
            "LICENSE.world-countries");
        for (String line : lines) {
            String file = line.substring(66);
            assertThat(sha256(Files.readAllBytes(DIR.resolve(file)))).as(file).isEqualTo(line.substring(0, 64));
        }
    }

    @Test
    void placesAreGzippedWithoutATimestampAndSortedById() throws IOException {
        byte[] gz = Files.readAllBytes(DIR.resolve("places.tsv.gz"));
        assertThat(gz[4] | gz[5] | gz[6] | gz[7]).as("gzip MTIME").isZero();
        assertThat(gz[3] & 0x08).as("gzip FNAME flag").isZero();
        long previous = 0;
        int rows = 0;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(DIR.resolve("places.tsv.gz")))) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 1; i < lines.length; i++) {
                long id = Long.parseLong(lines[i].substring(0, lines[i].indexOf('\t')));
                assertThat(id).isGreaterThan(previous);
                previous = id;
                rows++;
            }
        }
        assertThat(rows).isEqualTo(199_568);
    }

    @Test
    void aBrokenFileNamesItsLine(@TempDir Path tmp) throws IOException {
        for (String f : List.of("countries.tsv", "admin1.tsv", "places.tsv.gz", "aliases.tsv")) {
            Files.copy(DIR.resolve(f), tmp.resolve(f));
        }
        Files.writeString(tmp.resolve("regions.tsv"), String.join("\n",
            "# a comment", "id\tname\talternate_names\tdemonyms\tlat\tlon\tmembers",
            "west-asia\tWest Asia\t\t\t29\t45\tIQ,SY", "levant\tLevant\t\t\tnorth\t36\tSY", ""));
        assertThatThrownBy(() -> Gazetteer.load(tmp))
            .isInstanceOf(GazetteerException.class).hasMessage("regions.tsv:4: not a number: north");
        Files.writeString(tmp.resolve("regions.tsv"), String.join("\n",
            "id\tname\talternate_names\tdemonyms\tlat\tlon\tmembers", "x\tX\t\t\t1\t2\tQQ", ""));
        assertThatThrownBy(() -> Gazetteer.load(tmp)).hasMessage("regions.tsv:2: unknown country QQ");
    }

    private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
