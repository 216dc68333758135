package org.sitrep.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Article;
import org.sitrep.model.CameoCoding;
import org.sitrep.model.CodedArticle;
import org.sitrep.model.Event;
import org.sitrep.model.EventDate;
import org.sitrep.model.Mention;
import org.sitrep.model.Modality;
import org.sitrep.model.Place;
import org.sitrep.model.PloverCoding;
import org.sitrep.model.Span;

/**
 * The embedded store: one DuckDB file holding articles, their events and their mentions.
 * Each article is written in one transaction and keyed by its content id, so a failure leaves nothing
 * half-stored and ingesting the same article twice stores it once.
 */
public final class EventStore implements AutoCloseable {
    private final Path file;
    private final Connection conn;

    private EventStore(Path file, Connection conn) {
        this.file = file;
        this.conn = conn;
    }

    /** Opens (creating if needed) the store at this file. */
    public static EventStore open(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
            Class.forName("org.duckdb.DuckDBDriver");
            Connection c = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath());
            Schema.create(c);
            StagedRows.create(c, "events");
            StagedRows.create(c, "mentions");
            return new EventStore(file, c);
        } catch (SQLException e) {
            throw new StoreException(file + ": cannot open the store: " + firstLine(e.getMessage()), e);
        } catch (IOException | ClassNotFoundException e) {
            throw new StoreException(file + ": cannot open the store: " + e.getMessage(), e);
        }
    }

    public Path file() {
        return file;
    }

    public boolean contains(String articleId) {
        try (PreparedStatement ps = conn.prepareStatement("SELECT 1 FROM articles WHERE id = ?")) {
            ps.setString(1, articleId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw fail("cannot look up article " + articleId, e);
        }
    }

    /** Stores an article with its events and mentions; false when it was already stored. */
    public synchronized boolean store(CodedArticle coded) {
        Article a = coded.article();
        if (contains(a.id())) return false;
        try {
            conn.setAutoCommit(false);
            try {
                insertArticle(coded);
                insertEvents(coded.events());
                insertMentions(a.id(), coded.mentions());
                conn.commit();
                return true;
            } catch (SQLException | RuntimeException e) {
                conn.rollback();
                StagedRows.discard(conn, "events");
                StagedRows.discard(conn, "mentions");
                throw e;
            } finally {
                conn.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw fail("cannot store article " + a.id() + " (" + a.origin() + "); nothing of it was stored", e);
        }
    }

    private void insertArticle(CodedArticle coded) throws SQLException {
        Article a = coded.article();
        try (PreparedStatement ps = conn.prepareStatement("INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, a.id());
            ps.setString(2, a.origin());
            ps.setString(3, a.title());
            setDate(ps, 4, a.published());
            ps.setString(5, a.text());
            ps.setInt(6, coded.sentenceCount());
            ps.setTimestamp(7, Timestamp.from(Instant.now()));
            ps.executeUpdate();
        }
    }

    private void insertEvents(List<Event> events) throws SQLException {
        try (StagedRows r = StagedRows.into(conn, "events")) {
            for (Event e : events) {
                r.begin().text(e.id()).text(e.articleId()).integer(e.sentence())
                        .integer(e.span().start()).integer(e.span().end())
                        .integer(e.trigger() == null ? null : e.trigger().start())
                        .integer(e.trigger() == null ? null : e.trigger().end())
                        .text(e.text());
                EventDate d = e.date();
                r.text(d.value()).text(d.precision().name().toLowerCase()).text(d.basis().name().toLowerCase())
                        .date(d.start()).date(d.end()).text(d.modifier())
                        .integer(d.evidence() == null ? null : d.evidence().start())
                        .integer(d.evidence() == null ? null : d.evidence().end());
                actor(r, e.source());
                actor(r, e.target());
                r.text(e.cameo().code()).text(e.cameo().root()).decimal(e.cameo().goldstein())
                        .integer(e.cameo().quadClass())
                        .text(e.plover() == null ? null : e.plover().type())
                        .text(e.plover() == null ? null : e.plover().mode())
                        .text(e.plover() == null ? null : e.plover().context());
                Place p = e.place();
                r.text(p == null ? null : p.name()).bigint(p == null ? null : p.geonamesId())
                        .text(p == null ? null : p.country()).decimal(p == null ? null : p.lat())
                        .decimal(p == null ? null : p.lon()).text(p == null ? null : p.admin1())
                        .text(p == null ? null : p.featureCode()).text(p == null ? null : p.precision())
                        .text(p == null ? null : p.basis())
                        .text(e.modality().label());
                actor(r, e.attribution());
                r.text(e.rule()).end();
            }
            r.move();
        }
    }

    private static void actor(StagedRows r, ActorRef a) throws SQLException {
        r.text(a == null ? null : a.code()).text(a == null ? null : a.text())
                .integer(a == null || a.span() == null ? null : a.span().start())
                .integer(a == null || a.span() == null ? null : a.span().end());
    }

    private void insertMentions(String articleId, List<Mention> mentions) throws SQLException {
        try (StagedRows r = StagedRows.into(conn, "mentions")) {
            for (Mention m : mentions) {
                r.begin().text(articleId).text(m.kind().name().toLowerCase()).integer(m.sentence())
                        .integer(m.span().start()).integer(m.span().end()).text(m.text()).text(m.value())
                        .text(m.resolvedBy()).end();
            }
            r.move();
        }
    }

    /** Events matching the query, ordered by article, sentence and position. */
    public List<Event> events(EventQuery q) {
        StringBuilder sql = new StringBuilder("SELECT * FROM events WHERE 1=1");
        List<Object> args = new ArrayList<>();
        if (q.actor() != null) {
            sql.append(" AND (starts_with(source_code, ?) OR starts_with(target_code, ?))");
            args.add(q.actor());
            args.add(q.actor());
        }
        if (q.code() != null) {
            sql.append(" AND starts_with(cameo_code, ?)");
            args.add(q.code());
        }
        if (q.from() != null) {
            sql.append(" AND date_end >= ?");
            args.add(Date.valueOf(q.from()));
        }
        if (q.to() != null) {
            sql.append(" AND date_start <= ?");
            args.add(Date.valueOf(q.to()));
        }
        if (q.articleId() != null) {
            sql.append(" AND article_id = ?");
            args.add(q.articleId());
        }
        sql.append(" ORDER BY article_id, sentence, trigger_start, id");
        if (q.limit() > 0) sql.append(" LIMIT ").append(q.limit());
        try (PreparedStatement ps = conn.prepareStatement(sql.toString())) {
            for (int i = 0; i < args.size(); i++) ps.setObject(i + 1, args.get(i));
            List<Event> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(event(rs));
            }
            return out;
        } catch (SQLException e) {
            throw fail("cannot query events", e);
        }
    }

    /** Person and organisation mentions that resolved to no actor, most frequent first. */
    public List<UnknownActor> unknownActors(int limit) {
        String sql = """
                SELECT any_value(m.text) AS name, any_value(replace(m.resolved_by, 'ner:', '')) AS how,
                       count(*) AS n, count(DISTINCT m.article_id) AS articles,
                       any_value(substr(a.text, greatest(1, m.span_start - 59), m.span_end - m.span_start + 120)) AS example,
                       any_value(a.origin) AS origin
                FROM mentions m JOIN articles a ON a.id = m.article_id
                WHERE m.kind = 'actor' AND m.value IS NULL AND m.resolved_by LIKE 'ner:%'
                GROUP BY lower(m.text)
                ORDER BY n DESC, lower(any_value(m.text))
                LIMIT ?""";
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            ps.setInt(1, limit > 0 ? limit : Integer.MAX_VALUE);
            List<UnknownActor> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String how = rs.getString("how");
                    String type = how.contains(",") ? how.substring(0, how.indexOf(',')) : how;
                    out.add(new UnknownActor(rs.getString("name"), type, rs.getLong("n"), rs.getLong("articles"),
                            rs.getString("example").replaceAll("\\s+", " ").strip(), rs.getString("origin")));
                }
            }
            return out;
        } catch (SQLException e) {
            throw fail("cannot list unknown actors", e);
        }
    }

    public long count(String table) {
        if (!List.of("articles", "events", "mentions").contains(table)) {
            throw new IllegalArgumentException("no table " + table);
        }
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw fail("cannot count " + table, e);
        }
    }

    private static Event event(ResultSet rs) throws SQLException {
        EventDate date = new EventDate(rs.getString("date"),
                EventDate.Precision.valueOf(rs.getString("date_precision").toUpperCase()),
                EventDate.Basis.valueOf(rs.getString("date_basis").toUpperCase()),
                span(rs, "date_evidence_start", "date_evidence_end"), localDate(rs, "date_start"),
                localDate(rs, "date_end"), rs.getString("date_mod"));
        PloverCoding plover = rs.getString("plover_type") == null ? null
                : new PloverCoding(rs.getString("plover_type"), rs.getString("plover_mode"),
                rs.getString("plover_context"));
        Place place = rs.getString("place_name") == null ? null
                : new Place(rs.getString("place_name"), (Long) rs.getObject("place_geonames_id"),
                rs.getString("place_country"), rs.getString("place_admin1"), rs.getString("place_feature_code"),
                (Double) rs.getObject("place_lat"), (Double) rs.getObject("place_lon"), rs.getString("place_precision"),
                rs.getString("place_basis"));
        return new Event(rs.getString("id"), rs.getString("article_id"), rs.getInt("sentence"),
                new Span(rs.getInt("span_start"), rs.getInt("span_end")), rs.getString("text"), date,
                actor(rs, "source"), actor(rs, "target"),
                new CameoCoding(rs.getString("cameo_code"), rs.getString("cameo_root"), rs.getDouble("goldstein"),
                        rs.getInt("quad_class")),
                plover, place, Modality.valueOf(rs.getString("modality").toUpperCase()), actor(rs, "attribution"),
                span(rs, "trigger_start", "trigger_end"), rs.getString("rule"));
    }

    private static ActorRef actor(ResultSet rs, String role) throws SQLException {
        String code = rs.getString(role + "_code");
        String text = rs.getString(role + "_text");
        if (code == null && text == null) return null;
        return new ActorRef(code, text, span(rs, role + "_start", role + "_end"));
    }

    private static LocalDate localDate(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    private static Span span(ResultSet rs, String startColumn, String endColumn) throws SQLException {
        Integer start = (Integer) rs.getObject(startColumn);
        Integer end = (Integer) rs.getObject(endColumn);
        return start == null || end == null ? null : new Span(start, end);
    }



    private static void setDate(PreparedStatement ps, int i, LocalDate d) throws SQLException {
        if (d == null) ps.setNull(i, Types.DATE);
        else ps.setDate(i, Date.valueOf(d));
    }

    private StoreException fail(String what, SQLException e) {
        return new StoreException(file + ": " + what + ": " + firstLine(e.getMessage()), e);
    }

    private static String firstLine(String s) {
        if (s == null) return "";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    @Override
    public void close() {
        try {
            conn.close();
        } catch (SQLException e) {
            throw fail("cannot close the store", e);
        }
    }
}
