package org.sitrep.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Article;

class FileArticleReaderTest {
    @TempDir
    Path dir;

    private final FileArticleReader reader = new FileArticleReader(1000);

    @Test
    void readsUtf8TextWithSidecarMetadata() throws Exception {
        Path file = dir.resolve("a.txt");
        Files.writeString(file, "Título\n\nIraq’s parliament voted.", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("a.meta"), "published = 2021-02-27\ntitle = A title\n");
        Article a = reader.read(file, null);
        assertThat(a.text()).isEqualTo("Título\n\nIraq’s parliament voted.");
        assertThat(a.published()).isEqualTo(LocalDate.of(2021, 2, 27));
        assertThat(a.title()).isEqualTo("A title");
        assertThat(a.id()).isEqualTo(ArticleIds.of(a.text())).hasSize(16);
    }

    @Test
    void publishedFlagOverridesMetadataAndByteOrderMarkIsDropped() throws Exception {
        Path file = dir.resolve("b.txt");
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        Files.write(file, concat(bom, "Text".getBytes(StandardCharsets.UTF_8)));
        Files.writeString(dir.resolve("b.meta"), "published = 2020-01-01\n");
        Article a = reader.read(file, LocalDate.of(2021, 3, 1));
        assertThat(a.text()).isEqualTo("Text");
        assertThat(a.published()).isEqualTo(LocalDate.of(2021, 3, 1));
    }

    @Test
    void noMetadataMeansUnknownDateNotToday() throws Exception {
        Path file = dir.resolve("c.txt");
        Files.writeString(file, "Some text.");
        assertThat(reader.read(file, null).publishedDate()).isEmpty();
    }

    @Test
    void missingFileNamesTheFile() {
        Path file = dir.resolve("missing.txt");
        assertThatThrownBy(() -> reader.read(file, null)).isInstanceOf(InputException.class)
                .hasMessage(file + ": no such file");
    }

    @Test
    void emptyAndBlankFilesAreRefused() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.txt"));
        Path blank = Files.writeString(dir.resolve("blank.txt"), " \n\t\n");
        assertThatThrownBy(() -> reader.read(empty, null)).hasMessageStartingWith(empty + ": empty file");
        assertThatThrownBy(() -> reader.read(blank, null)).hasMessageStartingWith(blank + ": empty file");
    }

    @Test
    void binaryFileIsRefused() throws Exception {
        Path bin = Files.write(dir.resolve("junk.txt"), new byte[] {0x7f, 'E', 'L', 'F', 0, 1, 2, 3});
        assertThatThrownBy(() -> reader.read(bin, null)).hasMessageStartingWith(bin + ": binary file");
    }

    @Test
    void latin1FileIsRefusedWithTheOffendingByte() throws Exception {
        Path latin = Files.write(dir.resolve("latin.txt"), "Bogot\u00e1 said".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> reader.read(latin, null))
                .hasMessageContaining(latin + ": not valid UTF-8").hasMessageContaining("0xE1 at offset 5");
    }

    @Test
    void oversizedFileIsRefused() throws Exception {
        Path big = Files.writeString(dir.resolve("big.txt"), "x".repeat(1001));
        assertThatThrownBy(() -> reader.read(big, null)).hasMessageContaining("too large (1001 bytes");
    }

    @Test
    void badMetadataDateNamesTheMetaFile() throws Exception {
        Path file = Files.writeString(dir.resolve("d.txt"), "Text.");
        Files.writeString(dir.resolve("d.meta"), "published = last Tuesday\n");
        assertThatThrownBy(() -> reader.read(file, null))
                .hasMessage(dir.resolve("d.meta") + ": published \"last Tuesday\" is not a date (YYYY-MM-DD)");
    }

    @Test
    void foldersExpandToTheirTextFilesSorted() throws Exception {
        Path sub = Files.createDirectories(dir.resolve("feed"));
        Files.writeString(sub.resolve("b.txt"), "B");
        Files.writeString(sub.resolve("a.txt"), "A");
        Files.writeString(sub.resolve("a.meta"), "published = 2021-01-01");
        assertThat(reader.expand(List.of(sub))).containsExactly(sub.resolve("a.txt"), sub.resolve("b.txt"));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
