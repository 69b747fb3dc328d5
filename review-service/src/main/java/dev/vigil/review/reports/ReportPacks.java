package dev.vigil.review.reports;

import dev.vigil.review.events.ReportPackStored;
import dev.vigil.review.reports.CommitteeReports.Request;
import dev.vigil.review.reports.CommitteeReports.Viewer;
import dev.vigil.review.reports.ReportDocuments.Format;
import dev.vigil.review.reports.facts.ReportFact;
import dev.vigil.review.reports.facts.ReportFacts;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Stored report packs ({@code report_pack}): made once per schedule key, kept as made with their SHA-256, and served
 * from the stored bytes, never regenerated. Storing a pack records {@code ReportPackStored} in the same transaction,
 * which the relay publishes as {@code ReportPublished}.
 */
@Component
class ReportPacks {

    /**
     * A stored pack without its bytes.
     *
     * @param factsKnown the facts recorded up to {@code asOf} when the pack was made (null for packs made before
     *                   this was kept)
     * @param lateFacts  facts stamped at or before {@code asOf} that arrived after the pack was made: when not 0, a
     *                   report asked again for the same period and {@code asOf} is no longer the stored one
     */
    record Pack(UUID id, String reportType, String format, Instant periodFrom, Instant periodTo, Instant asOf,
                String sha256, long size, String fileName, String mediaType, Instant madeAt, Long factsKnown,
                Long lateFacts) {
    }

    private final ReportFacts facts;
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final EventStore events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ReportPacks(ReportFacts facts, JdbcClient jdbc, JsonMapper json, EventStore events, TransactionTemplate transactions,
                Clock clock) {
        this.facts = facts;
        this.jdbc = jdbc;
        this.json = json;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The pack for this schedule key: made and stored the first time, found every time after. */
    Pack make(String scheduleKey, Request request, Format format) {
        UUID id = UUID.nameUUIDFromBytes(("report-pack:" + scheduleKey).getBytes(StandardCharsets.UTF_8));
        return transactions.execute(tx -> find(id).orElseGet(() -> {
            List<ReportFact> known = facts.upTo(request.asOf());
            CommitteeReport report = CommitteeReports.report(known, request, new Viewer("system", true));
            byte[] bytes = ReportDocuments.render(report, format, json);
            String sha = sha256(bytes);
            Instant now = clock.instant();
            String fileName = ReportDocuments.fileName(report, format);
            int stored = jdbc.sql("""
                            insert into report_pack (id, schedule_key, report_type, format, period_from, period_to, as_of,
                                                     sha256, media_type, file_name, bytes, made_at, facts_known)
                            values (:id, :key, :type, :format, :from, :to, :asOf, :sha, :media, :file, :bytes, :at,
                                    :known)
                            on conflict do nothing""")
                    .param("id", id).param("key", scheduleKey).param("type", report.type())
                    .param("format", format.name().toLowerCase()).param("from", Timestamp.from(request.from()))
                    .param("to", Timestamp.from(request.to())).param("asOf", Timestamp.from(request.asOf()))
                    .param("sha", sha).param("media", format.mediaType).param("file", fileName).param("bytes", bytes)
                    .param("at", Timestamp.from(now)).param("known", facts.countUpTo(request.asOf()))
                    .update();
            if (stored == 1) {
                events.publish(new GenericDomainEventMessage<>("ReportPack", id.toString(), 0,
                        new ReportPackStored(id, report.type(), format.name().toLowerCase(), request.from(),
                                request.to(), request.asOf(), sha, bytes.length, fileName, now)));
            }
            return find(id).orElseThrow();
        }));
    }

    List<Pack> all() {
        return jdbc.sql(SELECT + " order by p.period_from desc, p.made_at desc, p.id").query(this::pack).list();
    }

    Optional<Pack> find(UUID id) {
        return jdbc.sql(SELECT + " where p.id = :id").param("id", id).query(this::pack).optional();
    }

    Optional<byte[]> bytes(UUID id) {
        return jdbc.sql("select bytes from report_pack where id = :id").param("id", id).query(byte[].class).optional();
    }

    private static final String SELECT = """
            select p.id, p.report_type, p.format, p.period_from, p.period_to, p.as_of, p.sha256,
                   octet_length(p.bytes) as size, p.file_name, p.media_type, p.made_at, p.facts_known,
                   (select count(*) from report_fact f where f.recorded_at <= p.as_of) as facts_now
            from report_pack p""";

    private Pack pack(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Pack(rs.getObject("id", UUID.class), rs.getString("report_type"), rs.getString("format"),
                rs.getTimestamp("period_from").toInstant(), rs.getTimestamp("period_to").toInstant(),
                rs.getTimestamp("as_of").toInstant(), rs.getString("sha256"), rs.getLong("size"),
                rs.getString("file_name"), rs.getString("media_type"), rs.getTimestamp("made_at").toInstant(),
                known(rs), known(rs) == null ? null : rs.getLong("facts_now") - known(rs));
    }

    private static Long known(java.sql.ResultSet rs) throws java.sql.SQLException {
        long known = rs.getLong("facts_known");
        return rs.wasNull() ? null : known;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
