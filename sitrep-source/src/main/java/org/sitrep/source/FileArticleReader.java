package org.sitrep.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.sitrep.model.Article;

/**
 * Reads plain-text files and folders of them into Articles, checking each input before any NLP runs.
 * Missing, empty, binary, oversized or non-UTF-8 inputs fail with the file's name and the reason.
 */
public final class FileArticleReader {
    /** Inputs above this size are refused rather than risking an out-of-memory parse. */
    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;
    private static final List<String> TEXT_SUFFIXES = List.of(".txt", ".text");

    private final long maxBytes;

    public FileArticleReader() {
        this(DEFAULT_MAX_BYTES);
    }

    public FileArticleReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** Expands folders to the text files inside them (sorted); a missing path is kept so it fails on read. */
    public List<Path> expand(List<Path> inputs) {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> walk = Files.walk(input)) {
                    walk.filter(Files::isRegularFile).filter(FileArticleReader::looksLikeText).sorted()
                            .forEach(files::add);
                } catch (IOException e) {
                    files.add(input);
                }
            } else {
                files.add(input);
            }
        }
        return files;
    }

    /**
     * Reads one file; the publication date is the override if given, else the sidecar's, else a dateline's,
     * else unknown (never today).
     */
    public Article read(Path file, LocalDate publishedOverride) throws InputException {
        if (!Files.exists(file)) throw new InputException(file, "no such file");
        if (Files.isDirectory(file)) throw new InputException(file, "is a folder, not a file");
        if (!Files.isReadable(file)) throw new InputException(file, "not readable (permission denied)");
        long size;
        byte[] bytes;
        try {
            size = Files.size(file);
            if (size > maxBytes) {
                throw new InputException(file, "too large (" + size + " bytes; the limit is " + maxBytes + ")");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InputException(file, "cannot be read: " + e.getMessage());
        }
        String[] reason = new String[1];
        String text = TextDecoder.decode(bytes, reason);
        if (text == null) throw new InputException(file, reason[0]);
        if (text.isBlank()) throw new InputException(file, "empty file (no text to code)");
        SidecarMetadata meta = SidecarMetadata.readFor(file);
        LocalDate published = publishedOverride != null ? publishedOverride
                : meta.published() != null ? meta.published() : Dateline.find(text).orElse(null);
        String title = meta.title() != null ? meta.title() : firstLine(text);
        return new Article(ArticleIds.of(text), file.toString(), title, text, published);
    }

    private static boolean looksLikeText(Path p) {
        String name = p.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return TEXT_SUFFIXES.stream().anyMatch(name::endsWith);
    }

    private static String firstLine(String text) {
        for (String line : text.split("\\R")) {
            String t = line.strip();
            if (!t.isEmpty()) return t.length() > 200 ? t.substring(0, 200) : t;
        }
        return "";
    }
}
