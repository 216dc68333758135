package org.sitrep.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Event;
import org.sitrep.model.Place;
import org.sitrep.model.Span;

/**
 * Writes an event as one line of the JSONL contract documented in docs/event-format.md.
 * Field names are a promise to users' scripts: later versions add fields, never rename these.
 */
final class EventJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private EventJson() {
    }

    static String line(Event e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.id());
        m.put("article_id", e.articleId());
        m.put("sentence", e.sentence());
        m.put("span", span(e.span()));
        m.put("text", e.text());
        m.put("date", e.date().value());
        m.put("date_precision", e.date().precision().name().toLowerCase());
        m.put("date_basis", e.date().basis().name().toLowerCase());
        if (e.date().start() != null) {
            Map<String, Object> range = new LinkedHashMap<>();
            range.put("start", e.date().start().toString());
            range.put("end", e.date().end().toString());
            m.put("date_range", range);
        } else {
            m.put("date_range", null);
        }
        m.put("date_mod", e.date().modifier());
        m.put("date_evidence", e.date().evidence() == null ? null : span(e.date().evidence()));
        m.put("source", actor(e.source()));
        m.put("target", actor(e.target()));
        Map<String, Object> cameo = new LinkedHashMap<>();
        cameo.put("code", e.cameo().code());
        cameo.put("root", e.cameo().root());
        cameo.put("goldstein", Double.isNaN(e.cameo().goldstein()) ? null : e.cameo().goldstein());
        cameo.put("quad_class", e.cameo().quadClass());
        m.put("cameo", cameo);
        if (e.plover() == null) {
            m.put("plover", null);
        } else {
            Map<String, Object> plover = new LinkedHashMap<>();
            plover.put("type", e.plover().type());
            plover.put("mode", e.plover().mode());
            plover.put("context", e.plover().context());
            m.put("plover", plover);
        }
        m.put("place", place(e.place()));
        m.put("modality", e.modality().label());
        m.put("attribution", actor(e.attribution()));
        if (e.trigger() != null) {
            Map<String, Object> trigger = span(e.trigger());
            int offset = e.span().start();
            trigger.put("text", e.text().substring(e.trigger().start() - offset, e.trigger().end() - offset));
            m.put("trigger", trigger);
        }
        m.put("rule", e.rule());
        try {
            return MAPPER.writeValueAsString(m);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static Map<String, Object> span(Span s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("start", s.start());
        m.put("end", s.end());
        return m;
    }

    private static Map<String, Object> actor(ActorRef a) {
        if (a == null) return null;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", a.code());
        m.put("text", a.text());
        if (a.span() != null) m.put("span", span(a.span()));
        return m;
    }

    static Map<String, Object> place(Place p) {
        if (p == null) return null;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", p.name());
        m.put("geonames_id", p.geonamesId());
        m.put("country", p.country());
        m.put("lat", p.lat());
        m.put("lon", p.lon());
        m.put("admin1", p.admin1());
        m.put("feature_code", p.featureCode());
        m.put("precision", p.precision());
        m.put("basis", p.basis());
        return m;
    }
}
