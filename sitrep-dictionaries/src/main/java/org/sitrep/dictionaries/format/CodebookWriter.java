package org.sitrep.dictionaries.format;

import java.nio.file.Path;
import java.util.List;
import org.sitrep.dictionaries.Codebook;
import org.sitrep.dictionaries.codes.CodeInfo;

/**
 * Writes a codebook as codes.tsv: "#" comment lines, the column header, one row per code in codebook order.
 * Output is deterministic so the regenerated file diffs cleanly.
 */
public final class CodebookWriter {

    private CodebookWriter() {
    }

    public static String format(Codebook codebook, List<String> comments) {
        StringBuilder out = new StringBuilder();
        for (String c : comments) out.append(c.isEmpty() ? "#" : "# " + c).append('\n');
        out.append(CodebookReader.HEADER).append('\n');
        for (CodeInfo c : codebook.codes()) {
            out.append(cell(c.code())).append('\t').append(cell(c.name())).append('\t').append(c.goldstein()).append('\t')
                    .append(c.quadClass()).append('\t').append(cell(c.ploverType())).append('\t')
                    .append(cell(c.ploverMode())).append('\t').append(cell(c.ploverContext())).append('\n');
        }
        return out.toString();
    }

    public static void write(Path file, Codebook codebook, List<String> comments) {
        SitrepSource.write(file, format(codebook, comments));
    }

    private static String cell(String value) {
        if (value == null) return "";
        if (value.contains("\t") || value.contains("\n")) throw new IllegalArgumentException("tab or line break in \"" + value + "\"");
        return value;
    }
}
