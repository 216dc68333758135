package org.sitrep.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.sitrep.model.Article;

/**
 * Reads plain-text files and folders of them into Articles, checking each input before any NLP runs.
 * Kept for callers that want text files only; {@link ArticleSources} reads every format.
 */
public final class FileArticleReader {
    /** Inputs above this size are refused rather than risking an out-of-memory parse. */
    public static final long DEFAULT_MAX_BYTES = SourceLimits.DEFAULT.maxFileBytes();
    private static final List<String> TEXT_SUFFIXES = List.of(".txt", ".text");

    private final TextFileSource text;

    public FileArticleReader() {
        this(DEFAULT_MAX_BYTES);
    }

    public FileArticleReader(long maxBytes) {
        this.text = new TextFileSource(maxBytes);
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
        ArticleSources.checkFile(file);
        return text.article(new Input(file, false), publishedOverride);
    }

    private static boolean looksLikeText(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return TEXT_SUFFIXES.stream().anyMatch(name::endsWith);
    }
}
