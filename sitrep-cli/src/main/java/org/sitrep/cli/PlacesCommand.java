package org.sitrep.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sitrep.model.Place;
import org.sitrep.model.PlaceMention;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * `sitrep places`: every place an article names, what the offline gazetteer resolved it to, and why.
 * Each choice among same-named places (Jordan the country or a town) can be checked by a person.
 */
@Command(name = "places", description = "List an article's place mentions, the GeoNames place each resolved to, and why.")
final class PlacesCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec
    CommandSpec spec;

    @Mixin
    ArticleInputs inputsOptions;

    @Mixin
    FormatOption format;

    @Override
    public Integer call() throws Exception {
        var out = spec.commandLine().getOut();
        int exit = inputsOptions.codeEach(spec.commandLine().getErr(), (a, coded) -> {
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
        });
        out.flush();
        return exit;
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
