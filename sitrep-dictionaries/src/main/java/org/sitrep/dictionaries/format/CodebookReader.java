package org.sitrep.dictionaries.format;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sitrep.dictionaries.Codebook;
import org.sitrep.dictionaries.DictionaryException;
import org.sitrep.dictionaries.codes.CodeInfo;
import org.sitrep.dictionaries.codes.CodeSyntax;

/**
 * Reads codes.tsv, Sitrep's CAMEO codebook: "#" comment lines, a column header, then one tab-separated row per code.
 * It is strict: a malformed row or a duplicate code throws a DictionaryException naming file:line.
 */
public final class CodebookReader {
    static final String HEADER = "code\tname\tgoldstein\tquad_class\tplover_type\tplover_mode\tplover_context";

    private CodebookReader() {
    }

    public static Codebook read(Path file) {
        return read(file.getFileName().toString(), SitrepSource.read(file));
    }

    public static Codebook read(String file, InputStream in) {
        return read(file, SitrepSource.read(file, in));
    }

    /** Reads decoded text; file is the name used in errors. */
    public static Codebook read(String file, String text) {
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        String[] lines = text.split("\r\n|\n", -1);
        List<CodeInfo> codes = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        boolean headerSeen = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() || line.startsWith("#")) continue;
            int n = i + 1;
            if (!headerSeen) {
                if (!line.equals(HEADER)) {
                    throw DictionaryException.at(file, n, "expected the column header \"" + HEADER.replace("\t", "\\t")
                            + "\", found \"" + line.replace("\t", "\\t") + "\"");
                }
                headerSeen = true;
                continue;
            }
            CodeInfo info = row(file, n, line);
            if (!seen.add(info.code())) throw DictionaryException.at(file, n, "code " + info.code() + " is listed twice");
            codes.add(info);
        }
        if (!headerSeen) throw new DictionaryException(file, "empty file: expected the column header");
        return Codebook.of(codes);
    }

    private static CodeInfo row(String file, int n, String line) {
        String[] f = line.split("\t", -1);
        if (f.length != 7) throw DictionaryException.at(file, n, "expected 7 tab-separated columns, found " + f.length);
        String code = f[0];
        if (!CodeSyntax.isEventCode(code)) {
            throw DictionaryException.at(file, n, "code \"" + code + "\" is not a CAMEO event code (2 to 4 digits)");
        }
        if (f[1].isBlank()) throw DictionaryException.at(file, n, "code " + code + " has no name");
        double goldstein;
        try {
            goldstein = Double.parseDouble(f[2]);
        } catch (NumberFormatException e) {
            throw DictionaryException.at(file, n, "goldstein \"" + f[2] + "\" is not a number");
        }
        if (!(goldstein >= -10 && goldstein <= 10)) {
            throw DictionaryException.at(file, n, "goldstein " + f[2] + " is outside -10..10");
        }
        if (!f[3].matches("[1-4]")) throw DictionaryException.at(file, n, "quad_class \"" + f[3] + "\" is not 1, 2, 3 or 4");
        return new CodeInfo(code, f[1], goldstein, Integer.parseInt(f[3]), blankToNull(f[4]), blankToNull(f[5]), blankToNull(f[6]));
    }

    private static String blankToNull(String s) {
        return s.isBlank() ? null : s;
    }
}
