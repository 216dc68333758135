package org.sitrep.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.sitrep.source.feed.FeedSource;
import org.sitrep.source.html.HtmlSource;
import org.sitrep.source.jsonl.JsonLinesSource;
import org.sitrep.source.warc.WarcSource;

/**
 * Reads files and folders of any supported format into articles: picks each file's reader by content and
 * extension, and reports every failed file, feed item, line or record on its own while the rest go on.
 * This is the one entry point the CLI (and later the server and batch jobs) use for inputs.
 */
public final class ArticleSources {
    private static final int HEAD = 8192;
    private static final String KNOWN = new TreeSet<>(FormatSniffer.EXTENSIONS.keySet()).stream()
            .map(e -> "." + e).collect(Collectors.joining(", "));

    private final SourceLimits limits;
    private final Map<Format, ArticleSource> sources = new EnumMap<>(Format.class);

    public ArticleSources() {
        this(SourceLimits.DEFAULT);
    }

    public ArticleSources(SourceLimits limits) {
        this.limits = limits;
        sources.put(Format.TEXT, new TextFileSource(limits.maxFileBytes()));
        sources.put(Format.HTML, new HtmlSource(limits.maxFileBytes()));
        sources.put(Format.FEED, new FeedSource(limits));
        sources.put(Format.JSON_LINES, new JsonLinesSource(limits));
        sources.put(Format.WARC, new WarcSource(limits));
    }

    /** Reads every input (files, folders) and collects what came out, in order. */
    public List<SourceItem> readAll(List<Path> inputs, LocalDate publishedOverride) {
        List<SourceItem> items = new ArrayList<>();
        read(inputs, publishedOverride, items::add);
        return items;
    }

    /** Reads every input, handing each article, failure and note to the sink as it comes. */
    public void read(List<Path> inputs, LocalDate publishedOverride, Consumer<SourceItem> sink) {
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                readFolder(input, publishedOverride, sink);
            } else {
                readFile(input, publishedOverride, sink);
            }
        }
    }

    /** The files of a folder that Sitrep reads (known extensions, optionally .gz; no hidden files), sorted. */
    public static List<Path> filesIn(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).filter(p -> !hidden(folder.relativize(p)))
                    .filter(p -> FormatSniffer.byExtension(plainName(p)).isPresent()).sorted().toList();
        }
    }

    /** Reads one file of any format. */
    public void readFile(Path file, LocalDate publishedOverride, Consumer<SourceItem> sink) {
        try {
            checkFile(file);
            long size = Files.size(file);
            if (size == 0) throw new InputException(file, "empty file (no text to code)");
            Input input = new Input(file, startsWithGzipMagic(file));
            byte[] head = input.head(HEAD);
            if (head.length == 0) throw input.error("empty file (no text to code)");
            Format format = FormatSniffer.detect(input, head);
            long max = format.streamed() ? limits.maxArchiveBytes() : limits.maxFileBytes();
            if (size > max) throw input.error("too large (" + size + " bytes; the limit is " + max + ")");
            sources.get(format).read(input, publishedOverride, sink);
        } catch (InputException e) {
            sink.accept(new SourceItem.Failed(e));
        } catch (IOException e) {
            sink.accept(new SourceItem.Failed(new InputException(file, "cannot be read: " + e.getMessage())));
        } catch (StackOverflowError e) {
            sink.accept(new SourceItem.Failed(new InputException(file, "too deeply nested to read")));
        } catch (RuntimeException e) {
            sink.accept(new SourceItem.Failed(new InputException(file, "could not be read (" + e + ")")));
        }
    }

    static void checkFile(Path file) throws InputException {
        if (!Files.exists(file)) throw new InputException(file, "no such file");
        if (Files.isDirectory(file)) throw new InputException(file, "is a folder, not a file");
        if (!Files.isReadable(file)) throw new InputException(file, "not readable (permission denied)");
    }

    private void readFolder(Path folder, LocalDate publishedOverride, Consumer<SourceItem> sink) {
        List<Path> files;
        try {
            files = filesIn(folder);
        } catch (IOException | RuntimeException e) {
            sink.accept(new SourceItem.Failed(new InputException(folder, "cannot list the folder: " + e.getMessage())));
            return;
        }
        if (files.isEmpty()) {
            sink.accept(new SourceItem.Failed(new InputException(folder,
                    "no file in the folder that Sitrep reads (" + KNOWN + ", optionally gzipped)")));
        }
        for (Path file : files) readFile(file, publishedOverride, sink);
    }

    private static boolean startsWithGzipMagic(Path file) throws IOException {
        try (var in = Files.newInputStream(file)) {
            byte[] magic = in.readNBytes(2);
            return magic.length == 2 && (magic[0] & 0xff) == 0x1f && (magic[1] & 0xff) == 0x8b;
        }
    }

    private static String plainName(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".gz") ? n.substring(0, n.length() - 3) : n;
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) return true;
        }
        return false;
    }
}
