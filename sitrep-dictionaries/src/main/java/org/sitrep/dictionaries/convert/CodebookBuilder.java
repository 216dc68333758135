package org.sitrep.dictionaries.convert;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.dictionaries.Codebook;
import org.sitrep.dictionaries.DictionaryWarning;
import org.sitrep.dictionaries.codes.CodeInfo;
import org.sitrep.dictionaries.codes.CodeSyntax;
import org.sitrep.dictionaries.petrarch.Parsed;

/**
 * Builds Sitrep's codebook from the CAMEO code table (names, GDELT Goldstein and QuadClass) and the
 * CAMEO-to-PLOVER map (type, mode, context). Joining them once at conversion time keeps runtime loading trivial.
 *
 * <p>PLOVER lines: "CODE: TYPE, mode, context # description"; blank mode or context stay empty; several contexts
 * ("legal; military") are joined with ";". When the map lists a code twice the first line wins.
 */
final class CodebookBuilder {
    private static final Pattern PLOVER_LINE = Pattern.compile("([0-9]+):\\s*([^#]*?)\\s*(?:#.*)?");

    private CodebookBuilder() {
    }

    static Parsed<Codebook> build(Path cameoCodes, Path ploverMap) {
        List<DictionaryWarning> warnings = new ArrayList<>();
        Map<String, String[]> plover = plover(ploverMap, warnings);
        List<CodeInfo> codes = new ArrayList<>();
        List<String> lines = lines(cameoCodes);
        String file = cameoCodes.getFileName().toString();
        List<String> header = Arrays.asList(lines.get(0).split("\t", -1));
        int code = column(header, "code", file);
        int name = column(header, "name", file);
        int goldstein = column(header, "goldstein", file);
        int quad = column(header, "quadclass", file);
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) continue;
            String[] f = lines.get(i).split("\t", -1);
            try {
                if (!CodeSyntax.isEventCode(f[code])) throw new IllegalArgumentException("bad code \"" + f[code] + "\"");
                String[] p = plover.remove(f[code]);
                codes.add(new CodeInfo(f[code], f[name].strip(), Double.parseDouble(f[goldstein]), Integer.parseInt(f[quad]),
                        p == null ? null : p[0], p == null ? null : p[1], p == null ? null : p[2]));
            } catch (RuntimeException e) {
                warnings.add(DictionaryWarning.at(file, i + 1, "row skipped: " + e.getMessage()));
            }
        }
        for (String unused : plover.keySet()) {
            warnings.add(new DictionaryWarning(ploverMap.getFileName().toString(),
                    "PLOVER mapping for " + unused + " ignored: the code is not in " + file));
        }
        return new Parsed<>(Codebook.of(codes), warnings);
    }

    private static Map<String, String[]> plover(Path map, List<DictionaryWarning> warnings) {
        String file = map.getFileName().toString();
        Map<String, String[]> out = new LinkedHashMap<>();
        List<String> lines = lines(map);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            Matcher m = PLOVER_LINE.matcher(line);
            if (!m.matches()) {
                warnings.add(DictionaryWarning.at(file, i + 1, "not a \"CODE: TYPE, mode, context\" line; ignored"));
                continue;
            }
            String[] parts = m.group(2).split(",", 3);
            String[] value = new String[3];
            value[0] = blankToNull(parts[0]);
            value[1] = parts.length > 1 ? blankToNull(parts[1]) : null;
            value[2] = parts.length > 2 ? contexts(parts[2]) : null;
            String[] earlier = out.putIfAbsent(m.group(1), value);
            if (earlier != null && !Arrays.equals(earlier, value)) {
                warnings.add(DictionaryWarning.at(file, i + 1, "code " + m.group(1) + " mapped again (" + String.join(", ",
                        Arrays.stream(value).map(String::valueOf).toList()) + "); keeping the first mapping (" + earlier[0] + ")"));
            }
        }
        return out;
    }

    private static String contexts(String raw) {
        List<String> out = new ArrayList<>();
        for (String c : raw.split(";")) {
            if (!c.isBlank()) out.add(c.strip());
        }
        return out.isEmpty() ? null : String.join(";", out);
    }

    private static String blankToNull(String s) {
        return s.isBlank() ? null : s.strip();
    }

    private static int column(List<String> header, String name, String file) {
        int i = header.indexOf(name);
        if (i < 0) throw new IllegalArgumentException(file + ": no column \"" + name + "\" in header " + header);
        return i;
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
