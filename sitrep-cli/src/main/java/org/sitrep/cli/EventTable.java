package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Event;

/**
 * Prints events as an aligned, human-readable table: who, what, to whom, when, how sure, from which words.
 * The table is for reading at a terminal; scripts use --format jsonl.
 */
final class EventTable {
    private static final String[] HEADER = {"#", "sent", "date", "source", "target", "cameo", "goldstein",
        "plover", "modality", "trigger"};
    private static final int MAX_ACTOR = 34;

    private EventTable() {
    }

    static void print(PrintWriter out, List<Event> events, java.util.function.Function<Event, String> triggerText) {
        List<String[]> rows = new ArrayList<>();
        rows.add(HEADER);
        int n = 1;
        for (Event e : events) {
            rows.add(new String[] {
                String.valueOf(n++),
                String.valueOf(e.sentence()),
                date(e),
                actor(e.source()),
                actor(e.target()),
                e.cameo().code(),
                String.valueOf(e.cameo().goldstein()),
                e.plover() == null ? "-" : e.plover().type() + (e.plover().mode() == null ? "" : "/" + e.plover().mode()),
                e.modality().label(),
                triggerText.apply(e)
            });
        }
        int[] width = new int[HEADER.length];
        for (String[] r : rows) {
            for (int i = 0; i < r.length; i++) width[i] = Math.max(width[i], r[i].length());
        }
        for (String[] r : rows) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < r.length; i++) {
                sb.append(i == r.length - 1 ? r[i] : pad(r[i], width[i])).append(i == r.length - 1 ? "" : "  ");
            }
            out.println(sb.toString().stripTrailing());
        }
        out.println(events.size() + (events.size() == 1 ? " event" : " events"));
    }

    private static String date(Event e) {
        String v = e.date().value() == null ? "unknown" : e.date().value();
        return switch (e.date().basis()) {
            case TEXT -> v;
            case PUBLISHED -> v + " (published)";
            case UNKNOWN -> "unknown";
        };
    }

    private static String actor(ActorRef a) {
        if (a == null) return "-";
        String s = (a.code() == null ? "?" : a.code()) + " " + a.text().replaceAll("\\s+", " ");
        return s.length() > MAX_ACTOR ? s.substring(0, MAX_ACTOR - 1) + "…" : s;
    }

    private static String pad(String s, int w) {
        return s + " ".repeat(Math.max(0, w - s.length()));
    }
}
