package org.sitrep.eval.petrarch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.sitrep.eval.score.EventTriple;

/**
 * Reads a PETRARCH validation file (&lt;Validation&gt; with &lt;Environment&gt; and &lt;Sentences&gt;), applying each
 * &lt;Config&gt; to the records after it, in document order.
 * It checks what scoring needs (a date, a text, complete expected events) and names file and line otherwise.
 */
public final class ValidationReader {
    /** What the JDK's StAX parser puts before its message; the file and line are given our way instead. */
    private static final String STAX_PREFIX = "(?s)^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message: ";
    private final Path file;
    private final List<ValidationRecord> records = new ArrayList<>();
    private ValidationOptions options = ValidationOptions.defaults();
    private String verbFile;
    private List<String> actorFiles = List.of();
    private String agentFile;
    private String discardFile;
    private List<String> include = List.of();

    private ValidationReader(Path file) {
        this.file = file;
    }

    /**
     * @throws ValidationFileException when the file is missing, is not well-formed XML or not a validation file,
     *                                 or a record lacks a date, a text or part of an expected event
     */
    public static ValidationFile read(Path file) {
        if (!Files.isRegularFile(file)) throw new ValidationFileException(file + ": no such file");
        ValidationReader r = new ValidationReader(file);
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XMLStreamReader x = null;
        try (InputStream in = Files.newInputStream(file)) {
            x = factory.createXMLStreamReader(in);
            r.document(x);
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? -1 : e.getLocation().getLineNumber();
            String reason = e.getMessage().replaceFirst(STAX_PREFIX, "");
            throw new ValidationFileException(file + (line > 0 ? ":" + line : "") + ": not well-formed XML: " + reason,
                    e);
        } catch (IOException e) {
            throw new ValidationFileException(file + ": cannot be read: " + e.getMessage(), e);
        } finally {
            close(x);
        }
        ValidationEnvironment env = new ValidationEnvironment(r.verbFile, r.actorFiles, r.agentFile, r.discardFile,
                r.include);
        return new ValidationFile(file, env, r.records);
    }

    private void document(XMLStreamReader x) throws XMLStreamException {
        x.nextTag();
        if (!x.getLocalName().equals("Validation")) {
            throw error(x, "not a PETRARCH validation file: the root element is <" + x.getLocalName()
                    + ">, not <Validation>");
        }
        while (x.hasNext()) {
            if (x.next() != XMLStreamConstants.START_ELEMENT) continue;
            switch (x.getLocalName()) {
                case "Config" -> options = options.with(required(x, "option"), required(x, "value"));
                case "Verbfile" -> verbFile = x.getElementText().strip();
                case "Actorfile" -> actorFiles = names(x.getElementText());
                case "Agentfile" -> agentFile = x.getElementText().strip();
                case "Discardfile" -> discardFile = x.getElementText().strip();
                case "Include" -> include = Arrays.stream(x.getElementText().strip().split("\\s+")).toList();
                case "Sentence" -> records.add(sentence(x));
                default -> { }
            }
        }
    }

    private static List<String> names(String text) {
        return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private ValidationRecord sentence(XMLStreamReader x) throws XMLStreamException {
        int line = x.getLocation().getLineNumber();
        String id = attribute(x, "id");
        if (id == null) id = "record " + (records.size() + 1);
        String category = attribute(x, "category");
        LocalDate date = date(x, required(x, "date"));
        String text = null;
        String parse = null;
        List<EventTriple> expected = new ArrayList<>();
        boolean noEvents = false;
        String error = null;
        while (x.hasNext()) {
            int event = x.next();
            if (event == XMLStreamConstants.END_ELEMENT && x.getLocalName().equals("Sentence")) break;
            if (event != XMLStreamConstants.START_ELEMENT) continue;
            switch (x.getLocalName()) {
                case "Text" -> text = x.getElementText().strip();
                case "Parse" -> parse = x.getElementText().strip();
                case "EventCoding" -> {
                    if ("true".equalsIgnoreCase(attribute(x, "noevents"))) {
                        noEvents = true;
                    } else if (attribute(x, "error") != null) {
                        error = attribute(x, "error");
                    } else {
                        expected.add(new EventTriple(required(x, "sourcecode"), required(x, "targetcode"),
                                required(x, "eventcode")));
                    }
                }
                default -> { }
            }
        }
        if (text == null || text.isEmpty()) throw error(line, "record " + id + " has no <Text>");
        return new ValidationRecord(records.size() + 1, line, id, category, date, text, parse, expected, noEvents,
                error, options);
    }

    private LocalDate date(XMLStreamReader x, String value) {
        try {
            return LocalDate.parse(value.strip(), DateTimeFormatter.BASIC_ISO_DATE);
        } catch (DateTimeParseException e) {
            throw error(x, "date \"" + value + "\" is not YYYYMMDD");
        }
    }

    private static String attribute(XMLStreamReader x, String name) {
        for (int i = 0; i < x.getAttributeCount(); i++) {
            if (x.getAttributeLocalName(i).equalsIgnoreCase(name)) return x.getAttributeValue(i).strip();
        }
        return null;
    }

    private String required(XMLStreamReader x, String name) {
        String v = attribute(x, name);
        if (v == null || v.isEmpty()) throw error(x, "<" + x.getLocalName() + "> has no " + name + " attribute");
        return v;
    }

    private ValidationFileException error(XMLStreamReader x, String reason) {
        return error(x.getLocation().getLineNumber(), reason);
    }

    private ValidationFileException error(int line, String reason) {
        return new ValidationFileException(file + ":" + line + ": " + reason);
    }

    private static void close(XMLStreamReader x) {
        if (x == null) return;
        try {
            x.close();
        } catch (XMLStreamException ignored) {
            // the stream itself is closed by try-with-resources
        }
    }
}
