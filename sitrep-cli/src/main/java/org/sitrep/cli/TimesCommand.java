package org.sitrep.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.model.Article;
import org.sitrep.model.CodedArticle;
import org.sitrep.model.Event;
import org.sitrep.model.EventDate;
import org.sitrep.model.TimeMention;
import picocli.CommandLine.Command;

/**
 * `sitrep times`: every time expression of an article, what SUTime made of it, what Sitrep resolved it
 * to and why, and the events it dates.
 * Dates are where event data most often goes wrong; this shows the evidence for each one.
 */
@Command(name = "times", description = "List an article's time expressions, how each resolved, and the events each dates.")
final class TimesCommand extends CodingCommand {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    void print(PrintWriter out, Article a, CodedArticle coded) throws Exception {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (TimeMention t : coded.times()) rows.add(row(t, coded));
        if (format.jsonl()) {
            for (Map<String, Object> r : rows) out.println(JSON.writeValueAsString(r));
            return;
        }
        out.printf("== %s (published %s)%n", a.origin(), a.publishedDate().map(Object::toString).orElse("unknown"));
        Table table = new Table("start", "end", "text", "type", "value", "date", "range", "events", "reason");
        for (Map<String, Object> r : rows) {
            @SuppressWarnings("unchecked")
            Map<String, Object> range = (Map<String, Object>) r.get("range");
            table.add(r.get("start"), r.get("end"), r.get("text"), r.get("type"), r.get("value"),
                    r.get("date") == null ? "-" : r.get("date") + " (" + r.get("precision") + ")",
                    range == null ? "-" : range.get("start") + ".." + range.get("end"),
                    String.join(", ", eventLabels(r)), r.get("reason"));
        }
        table.print(out);
        out.println(rows.size() + " time expressions");
    }

    private static Map<String, Object> row(TimeMention t, CodedArticle coded) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("sentence", t.sentence());
        m.put("start", t.span().start());
        m.put("end", t.span().end());
        m.put("text", t.text());
        m.put("type", t.type());
        m.put("value", t.timexValue());
        EventDate d = t.resolved();
        m.put("date", d == null ? null : d.value());
        m.put("precision", d == null ? null : d.precision().name().toLowerCase());
        if (d == null) {
            m.put("range", null);
        } else {
            Map<String, Object> range = new LinkedHashMap<>();
            range.put("start", d.start().toString());
            range.put("end", d.end().toString());
            m.put("range", range);
        }
        m.put("modifier", d == null ? null : d.modifier());
        List<Map<String, Object>> events = new ArrayList<>();
        for (Event e : coded.events()) {
            if (t.span().equals(e.date().evidence())) {
                Map<String, Object> ev = new LinkedHashMap<>();
                ev.put("id", e.id());
                ev.put("trigger", e.text().substring(e.trigger().start() - e.span().start(),
                        e.trigger().end() - e.span().start()));
                ev.put("cameo", e.cameo().code());
                ev.put("basis", e.date().basis().name().toLowerCase());
                events.add(ev);
            }
        }
        m.put("events", events);
        m.put("reason", t.reason());
        return m;
    }

    @SuppressWarnings("unchecked")
    private static List<String> eventLabels(Map<String, Object> row) {
        List<String> labels = new ArrayList<>();
        for (Map<String, Object> e : (List<Map<String, Object>>) row.get("events")) {
            labels.add(e.get("trigger") + " " + e.get("cameo") + ("context".equals(e.get("basis")) ? " (context)" : ""));
        }
        return labels;
    }
}
