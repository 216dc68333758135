package org.sitrep.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The store's tables: articles, events and mentions, one row per item, spans as offsets.
 * Event columns follow the JSONL contract (docs/event-format.md) so SQL users see the same names.
 */
final class Schema {
    static final int VERSION = 1;

    private Schema() {
    }

    static void create(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("CREATE TABLE IF NOT EXISTS sitrep_schema (version INTEGER NOT NULL)");
            st.execute("""
                    CREATE TABLE IF NOT EXISTS articles (
                      id VARCHAR PRIMARY KEY, origin VARCHAR, title VARCHAR, published DATE,
                      text VARCHAR NOT NULL, sentences INTEGER, ingested_at TIMESTAMP)""");
            st.execute("""
                    CREATE TABLE IF NOT EXISTS events (
                      id VARCHAR PRIMARY KEY, article_id VARCHAR NOT NULL, sentence INTEGER,
                      span_start INTEGER, span_end INTEGER, trigger_start INTEGER, trigger_end INTEGER,
                      text VARCHAR, date VARCHAR, date_precision VARCHAR, date_basis VARCHAR,
                      date_start DATE, date_end DATE, date_mod VARCHAR, date_evidence_start INTEGER, date_evidence_end INTEGER,
                      source_code VARCHAR, source_text VARCHAR, source_start INTEGER, source_end INTEGER,
                      target_code VARCHAR, target_text VARCHAR, target_start INTEGER, target_end INTEGER,
                      cameo_code VARCHAR NOT NULL, cameo_root VARCHAR, goldstein DOUBLE, quad_class INTEGER,
                      plover_type VARCHAR, plover_mode VARCHAR, plover_context VARCHAR,
                      place_name VARCHAR, place_geonames_id BIGINT, place_country VARCHAR,
                      place_lat DOUBLE, place_lon DOUBLE, place_admin1 VARCHAR, place_feature_code VARCHAR,
                      place_precision VARCHAR, place_basis VARCHAR, modality VARCHAR,
                      attribution_code VARCHAR, attribution_text VARCHAR, attribution_start INTEGER,
                      attribution_end INTEGER, rule VARCHAR)""");
            st.execute("""
                    CREATE TABLE IF NOT EXISTS mentions (
                      article_id VARCHAR NOT NULL, kind VARCHAR, sentence INTEGER,
                      span_start INTEGER, span_end INTEGER, text VARCHAR, value VARCHAR, resolved_by VARCHAR)""");
        }
        try (Statement st = c.createStatement();
             var rs = st.executeQuery("SELECT count(*) FROM sitrep_schema")) {
            rs.next();
            if (rs.getInt(1) == 0) {
                try (Statement ins = c.createStatement()) {
                    ins.execute("INSERT INTO sitrep_schema VALUES (" + VERSION + ")");
                }
            }
        }
    }
}
