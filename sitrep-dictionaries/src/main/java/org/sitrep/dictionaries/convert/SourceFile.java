package org.sitrep.dictionaries.convert;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Provenance facts about one input file: its name, SHA-256 and the copyright line it carries.
 * Generated dictionaries start with these facts so anyone can check which exact source produced them.
 */
record SourceFile(Path path, String sha256, Optional<String> copyright) {
    private static final Pattern COPYRIGHT = Pattern.compile("(?m)^[#\\s]*(Copyright \\(c\\) .*?)\\s*$");

    static SourceFile of(Path path) {
        try {
            byte[] bytes = Files.readAllBytes(path);
            String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            Matcher m = COPYRIGHT.matcher(new String(bytes, StandardCharsets.UTF_8));
            return new SourceFile(path, sha, m.find() ? Optional.of(m.group(1)) : Optional.empty());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    String name() {
        return path.getFileName().toString();
    }
}
