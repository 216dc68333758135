package org.sitrep.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sitrep.model.Article;
import org.sitrep.model.CodedArticle;
import org.sitrep.model.Place;
import org.sitrep.model.PlaceMention;
import picocli.CommandLine.Command;

/**
 * `sitrep places`: every place an article names, what the offline gazetteer resolved it to, and why.
 * Each choice among same-named places (Jordan the country or a town) can be checked by a person.
 */
@Command(name = "places", description = "List an article's place mentions, the GeoNames place each resolved to, and why.")
final class PlacesCommand extends CodingCommand {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    void print(PrintWriter out, Article a, CodedArticle coded) throws Exception {
        if (format.jsonl()) {
            for (PlaceMention p : coded.places()) out.println(JSON.writeValueAsString(row(p)));
            return;
        }
        out.println("== " + a.origin());
        Table table = new Table("start", "end", "text", "geonames_id", "name", "country", "admin1", "lat", "lon",
                "feature_code", "reason");
        for (PlaceMention p : coded.places()) {
            Place pl = p.place();
            table.add(p.span().start(), p.span().end(), p.text(), pl == null ? null : pl.geonamesId(),
                    pl == null ? null : pl.name(), pl == null ? null : pl.country(),
                    pl == null ? null : pl.admin1(), pl == null ? null : pl.lat(), pl == null ? null : pl.lon(),
                    pl == null ? null : pl.featureCode(), p.reason());
        }
        table.print(out);
        out.println(coded.places().size() + " place mentions");
    }

    private static Map<String, Object> row(PlaceMention p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("sentence", p.sentence());
        m.put("start", p.span().start());
        m.put("end", p.span().end());
        m.put("text", p.text());
        Place pl = p.place();
        m.put("geonames_id", pl == null ? null : pl.geonamesId());
        m.put("name", pl == null ? null : pl.name());
        m.put("country", pl == null ? null : pl.country());
        m.put("admin1", pl == null ? null : pl.admin1());
        m.put("lat", pl == null ? null : pl.lat());
        m.put("lon", pl == null ? null : pl.lon());
        m.put("feature_code", pl == null ? null : pl.featureCode());
        m.put("precision", pl == null ? null : pl.precision());
        m.put("reason", p.reason());
        return m;
    }
}
