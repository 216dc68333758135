package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.List;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Event;

/**
 * Prints events as an aligned, human-readable table: who, what, to whom, when, how sure, from which words.
 * The table is for reading at a terminal; scripts use --format jsonl.
 */
final class EventTable {
    private static final String[] HEADER = {"#", "sent", "date", "source", "target", "cameo", "goldstein",
        "plover", "modality", "place", "trigger"};
    private static final int MAX_ACTOR = 34;

    private EventTable() {
    }

    static void print(PrintWriter out, List<Event> events, java.util.function.Function<Event, String> triggerText) {
        Table table = new Table(HEADER);
        int n = 1;
        for (Event e : events) {
            table.add(n++, e.sentence(), date(e), actor(e.source()), actor(e.target()), e.cameo().code(),
                    e.cameo().goldstein(),
                    e.plover() == null ? "-" : e.plover().type() + (e.plover().mode() == null ? "" : "/" + e.plover().mode()),
                    e.modality().label(), place(e), triggerText.apply(e));
        }
        table.print(out);
        out.println(events.size() + (events.size() == 1 ? " event" : " events"));
    }

    private static String place(Event e) {
        if (e.place() == null) return "-";
        String basis = "attached".equals(e.place().basis()) ? "" : " (" + e.place().basis() + ")";
        return e.place().name() + (e.place().country() == null ? "" : ", " + e.place().country()) + basis;
    }

    private static String date(Event e) {
        String v = e.date().value() == null ? "unknown" : e.date().value();
        if (e.date().modifier() != null) v = e.date().modifier() + " " + v;
        return switch (e.date().basis()) {
            case TEXT -> v;
            case CONTEXT -> v + " (context)";
            case PUBLISHED -> v + " (published)";
            case UNKNOWN -> "unknown";
        };
    }

    private static String actor(ActorRef a) {
        if (a == null) return "-";
        String s = (a.code() == null ? "?" : a.code()) + " " + a.text().replaceAll("\\s+", " ");
        return s.length() > MAX_ACTOR ? s.substring(0, MAX_ACTOR - 1) + "…" : s;
    }

}
