package dev.vigil.review.reports;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import dev.vigil.platform.problem.FieldViolation;
import dev.vigil.platform.problem.InvalidInputException;
import dev.vigil.platform.scheduling.PersistentScheduler;
import dev.vigil.platform.scheduling.ScheduledWork;
import dev.vigil.review.reports.CommitteeReport.Filters;
import dev.vigil.review.reports.CommitteeReports.Request;
import dev.vigil.review.reports.CommitteeReports.Type;
import dev.vigil.review.reports.ReportDocuments.Format;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The committee's report schedule: monthly or quarterly, a pack for each period made a grace time after the period
 * ends (so late facts are in), as of that instant. Each period is one persistent execution whose id names the
 * period and the settings; it makes its pack (once: the pack id follows from the execution id) and schedules the
 * next period. Changing the schedule schedules the next period under the new settings; an execution whose
 * settings are no longer the schedule's does nothing.
 */
@Configuration(proxyBeanMethods = false)
class CommitteeSchedule {

    static final ScheduledWork WORK = new ScheduledWork("committee-report-pack");
    static final String ID = "committee";

    /**
     * @param cadence    MONTHLY or QUARTERLY (calendar months and quarters, UTC)
     * @param graceHours how long after the period ends the pack is made, and the instant its facts are cut at
     */
    record Schedule(boolean enabled, String cadence, String type, String format, int graceHours) {
        static final Schedule NONE = new Schedule(false, "MONTHLY", "committee", "pdf", 24);
    }

    /** The body of {@code PUT /api/reports/committee/schedule}: enabled (default true), graceHours (default 24). */
    record ScheduleRequest(Boolean enabled, String cadence, String type, String format, Integer graceHours) {
    }

    /** The schedule with what it will make next. */
    record ScheduleView(Schedule schedule, Instant nextPeriodFrom, Instant nextPeriodTo, Instant nextRunAt,
                        Instant changedAt, String changedBy) {
    }

    private record Run(String cadence, String type, String format, int graceHours, Instant from, Instant to) {
        String id() {
            return String.join("|", cadence, type, format, String.valueOf(graceHours), from.toString(), to.toString());
        }

        Instant at() {
            return to.plus(Duration.ofHours(graceHours));
        }

        static Run parse(String id) {
            String[] p = id.split("\\|");
            return new Run(p[0], p[1], p[2], Integer.parseInt(p[3]), Instant.parse(p[4]), Instant.parse(p[5]));
        }

        boolean of(Schedule s) {
            return s.enabled() && s.cadence().equals(cadence) && s.type().equals(type) && s.format().equals(format)
                    && s.graceHours() == graceHours;
        }
    }

    @Bean
    OneTimeTask<Void> committeeReportPackTask(Schedules schedules) {
        return WORK.task(schedules::run);
    }

    @Bean
    Schedules committeeReportSchedules(JdbcClient jdbc, JsonMapper json, Clock clock, ReportPacks packs,
                                       ObjectProvider<PersistentScheduler> scheduler, TransactionTemplate transactions) {
        return new Schedules(jdbc, json, clock, packs, scheduler, transactions);
    }

    static final class Schedules {
        private final JdbcClient jdbc;
        private final JsonMapper json;
        private final Clock clock;
        private final ReportPacks packs;
        private final ObjectProvider<PersistentScheduler> scheduler;
        private final TransactionTemplate transactions;

        Schedules(JdbcClient jdbc, JsonMapper json, Clock clock, ReportPacks packs,
                  ObjectProvider<PersistentScheduler> scheduler, TransactionTemplate transactions) {
            this.jdbc = jdbc;
            this.json = json;
            this.clock = clock;
            this.packs = packs;
            this.scheduler = scheduler;
            this.transactions = transactions;
        }

        ScheduleView view() {
            record Stored(Schedule schedule, Instant changedAt, String changedBy) {
            }
            Optional<Stored> stored = jdbc.sql("select document::text as d, changed_at, changed_by from report_schedule where id = :id")
                    .param("id", ID)
                    .query((rs, n) -> new Stored(json.readValue(rs.getString("d"), Schedule.class),
                            rs.getTimestamp("changed_at").toInstant(), rs.getString("changed_by"))).optional();
            Schedule s = stored.map(Stored::schedule).orElse(Schedule.NONE);
            Run next = s.enabled() ? next(s, clock.instant()) : null;
            return new ScheduleView(s, next == null ? null : next.from(), next == null ? null : next.to(),
                    next == null ? null : next.at(), stored.map(Stored::changedAt).orElse(null),
                    stored.map(Stored::changedBy).orElse(null));
        }

        /** Sets the schedule; {@code by} is the authenticated committee member. */
        ScheduleView put(ScheduleRequest requested, String by) {
            Schedule s = check(requested);
            transactions.executeWithoutResult(tx -> {
                jdbc.sql("""
                                insert into report_schedule (id, document, changed_at, changed_by) values (:id, cast(:d as jsonb), :at, :by)
                                on conflict (id) do update set document = excluded.document, changed_at = excluded.changed_at,
                                    changed_by = excluded.changed_by""")
                        .param("id", ID).param("d", json.writeValueAsString(s)).param("by", by)
                        .param("at", Timestamp.from(clock.instant())).update();
                if (s.enabled()) {
                    Run next = next(s, clock.instant());
                    scheduler.getObject().schedule(WORK.instance(next.id()), next.at());
                }
            });
            return view();
        }

        /** One execution: the period's pack, if the schedule still asks for it, then the next period. */
        void run(String id) {
            Run run = Run.parse(id);
            Schedule s = view().schedule();
            if (!run.of(s)) {
                return;
            }
            packs.make(id, new Request(Type.valueOf(run.type().toUpperCase(Locale.ROOT)), run.from(), run.to(),
                    run.at(), Filters.NONE), Format.valueOf(run.format().toUpperCase(Locale.ROOT)));
            Run next = period(s, run.to());
            scheduler.getObject().schedule(WORK.instance(next.id()), next.at());
        }

        /** The first period whose pack falls due after {@code now}. */
        static Run next(Schedule s, Instant now) {
            Run run = period(s, start(s, now));
            while (!run.at().isAfter(now)) {
                run = period(s, run.to());
            }
            return run;
        }

        /** The start of the period before the one {@code now} is in (its pack may still be due). */
        private static Instant start(Schedule s, Instant now) {
            boolean quarterly = s.cadence().equals("QUARTERLY");
            YearMonth month = YearMonth.from(now.atZone(ZoneOffset.UTC));
            if (quarterly) {
                month = month.withMonth(((month.getMonthValue() - 1) / 3) * 3 + 1);
            }
            return month.minusMonths(quarterly ? 3 : 1).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        }

        private static Run period(Schedule s, Instant from) {
            YearMonth month = YearMonth.from(from.atZone(ZoneOffset.UTC));
            YearMonth end = month.plusMonths(s.cadence().equals("QUARTERLY") ? 3 : 1);
            return new Run(s.cadence(), s.type(), s.format(), s.graceHours(), from,
                    end.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant());
        }

        static Schedule check(ScheduleRequest s) {
            List<FieldViolation> violations = new ArrayList<>();
            if (s == null) {
                throw new InvalidInputException("body", "required", "the schedule is required");
            }
            int grace = s.graceHours() == null ? 24 : s.graceHours();
            String cadence = s.cadence() == null ? "" : s.cadence().strip().toUpperCase(Locale.ROOT);
            String type = s.type() == null ? "committee" : s.type().strip().toLowerCase(Locale.ROOT);
            String format = s.format() == null ? "pdf" : s.format().strip().toLowerCase(Locale.ROOT);
            if (!List.of("MONTHLY", "QUARTERLY").contains(cadence)) {
                violations.add(new FieldViolation("cadence", "one-of", "cadence is MONTHLY or QUARTERLY"));
            }
            if (!List.of("committee", "board").contains(type)) {
                violations.add(new FieldViolation("type", "one-of", "a scheduled pack is a committee or board report"));
            }
            if (!List.of("json", "csv", "html", "pdf").contains(format)) {
                violations.add(new FieldViolation("format", "one-of", "format is json, csv, html or pdf"));
            }
            if (grace < 0 || grace > 24 * 31) {
                violations.add(new FieldViolation("graceHours", "range", "graceHours is 0 to 744"));
            }
            if (!violations.isEmpty()) {
                throw new InvalidInputException(violations);
            }
            return new Schedule(!Boolean.FALSE.equals(s.enabled()), cadence, type, format, grace);
        }
    }
}
