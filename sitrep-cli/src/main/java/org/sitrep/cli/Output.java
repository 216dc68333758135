package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.function.Function;
import org.sitrep.model.Event;

/**
 * Prints a list of events in the chosen format.
 * Shared by code, ingest, events and demo so they print alike.
 */
final class Output {
    private static final int CONTEXT = 30;

    private Output() {
    }

    static void events(PrintWriter out, Format format, List<Event> events, String title) {
        if (format == Format.jsonl) {
            for (Event e : events) out.println(EventJson.line(e));
        } else {
            if (title != null) out.println("== " + title);
            EventTable.print(out, events, Output::evidence);
        }
        out.flush();
    }

    /** The trigger word and the words around it, from the event's own sentence. */
    private static String evidence(Event e) {
        if (e.trigger() == null || e.text() == null) return "";
        int base = e.span().start();
        String s = e.text();
        int ts = e.trigger().start() - base;
        int te = e.trigger().end() - base;
        if (ts < 0 || te > s.length()) return "";
        int from = Math.max(0, ts - CONTEXT);
        int to = Math.min(s.length(), te + CONTEXT);
        String snippet = (from > 0 ? "…" : "") + s.substring(from, to).replaceAll("\\s+", " ")
                + (to < s.length() ? "…" : "");
        return s.substring(ts, te) + "  \"" + snippet + "\"";
    }
}
