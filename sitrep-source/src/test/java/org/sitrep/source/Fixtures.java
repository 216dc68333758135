package org.sitrep.source;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.sitrep.model.Article;

/** Shared test helpers: the examples folder, running the dispatcher, splitting its results, building gzip. */
public final class Fixtures {
    public static final Path EXAMPLES = Path.of("..", "examples");

    private Fixtures() {
    }

    public static Path example(String relative) {
        return EXAMPLES.resolve(relative);
    }

    public static List<SourceItem> read(Path... inputs) {
        return new ArticleSources().readAll(List.of(inputs), null);
    }

    public static List<SourceItem> read(SourceLimits limits, LocalDate published, Path... inputs) {
        return new ArticleSources(limits).readAll(List.of(inputs), published);
    }

    public static List<Article> articles(List<SourceItem> items) {
        return items.stream().filter(SourceItem.Read.class::isInstance).map(i -> ((SourceItem.Read) i).article())
                .toList();
    }

    public static List<String> errors(List<SourceItem> items) {
        return items.stream().filter(SourceItem.Failed.class::isInstance)
                .map(i -> ((SourceItem.Failed) i).error().getMessage()).toList();
    }

    public static List<String> notes(List<SourceItem> items) {
        return items.stream().filter(SourceItem.Note.class::isInstance).map(Object::toString).toList();
    }

    public static byte[] gzip(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    public static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) out.writeBytes(p);
        return out.toByteArray();
    }
}
