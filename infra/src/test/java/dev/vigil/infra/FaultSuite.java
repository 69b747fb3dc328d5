package dev.vigil.infra;

import dev.vigil.platform.relay.KafkaRelay;
import dev.vigil.platform.test.ApiClient;
import dev.vigil.platform.test.TestUsers;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.core.ConditionTimeoutException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import static org.awaitility.Awaitility.await;

/**
 * The fault suites that do not fit in the test run: a program that prints a table and writes
 * {@code target/faults.json}. Run with {@code ./mvnw -Pfaults -DskipTests verify} (README, "Reliability");
 * {@code -Dvigil.faults.only=R2,R10} runs some of them.
 * <p>
 * Each suite runs the dev stack in child processes on a fresh data directory while concurrent clients
 * declare incidents (a client retries until its declaration is acknowledged, as a user would), does
 * something bad to it, and at the end counts every acknowledged declaration in the event store, on the
 * topic and in every consuming service's read model: lost and duplicated must be 0.
 * <ul>
 * <li>R1: the whole stack killed with SIGKILL {@code vigil.faults.kills} times and started again; after each
 * restart, the time until every service has processed a new event (target: 3 s after the services are up).
 * <li>R2: the broker stopped for {@code vigil.faults.outage} (30 s) mid-stream: declarations keep being
 * acknowledged, and everything reaches Kafka and the read models once it is back.
 * <li>R10: two review-service instances on the same database and consumer groups share the work; the one
 * holding the relay's segments is killed, and the other takes over its segments and partitions
 * (target: 5 s).
 * </ul>
 */
public final class FaultSuite {

    private static final Map<String, Object> RESULTS = new LinkedHashMap<>();
    private static final List<VigilService> CONSUMERS = List.of(VigilService.REVIEW, VigilService.POLICY,
            VigilService.NOTIFICATION);
    private static final String REVIEW_GROUP = "review-service.known-incidents";
    private static final Map<VigilService, JdbcClient> DATABASES = new ConcurrentHashMap<>();

    private FaultSuite() {
    }

    public static void main(String[] args) {
        Programs.runThenExit(FaultSuite::run);
    }

    private static void run() throws Exception {
        // this program's own Kafka clients warn at every attempt while a broker is down or starting
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("org.apache.kafka"))
                .setLevel(ch.qos.logback.classic.Level.ERROR);
        Set<String> only = Arrays.stream(System.getProperty("vigil.faults.only", "R1,R2,R10").split(","))
                .map(String::strip).collect(Collectors.toSet());
        int commands = Integer.getInteger("vigil.faults.commands", 2_000);
        int clients = Integer.getInteger("vigil.faults.clients", 8);
        if (only.contains("R1")) {
            r1(commands, clients, Integer.getInteger("vigil.faults.kills", 10));
        }
        if (only.contains("R2")) {
            r2(commands, clients, Duration.ofSeconds(Integer.getInteger("vigil.faults.outage-seconds", 30)));
        }
        if (only.contains("R10")) {
            r10(commands, clients);
        }
        RESULTS.put("cores", Runtime.getRuntime().availableProcessors());
        print();
        Path out = Programs.writeFigures("faults.json", RESULTS);
        System.out.println("Figures written to " + out);
    }

    /** R1: SIGKILL of the whole stack during a stream, {@code kills} times. */
    private static void r1(int commands, int clients, int kills) throws Exception {
        Path home = Files.createTempDirectory("vigil-faults-r1");
        StackProcess stack = new StackProcess(home, "stack", StackParts.ALL);
        List<Map<String, Object>> restarts = new ArrayList<>();
        try {
            stack.start();
            Declaring stream = Declaring.start(commands, clients);
            for (int k = 1; k <= kills; k++) {
                int threshold = commands * k / (kills + 1);
                await().forever().pollInterval(Duration.ofMillis(20)).until(() -> stream.acknowledged() >= threshold);
                stack.kill();
                long begin = System.nanoTime();
                stack.start();
                long up = System.nanoTime();
                Instant upAt = Instant.now();
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("restart", k);
                row.put("up_ms", (up - begin) / 1_000_000);
                row.put("acknowledged_so_far", stream.acknowledged());
                // the probe makes sure there is a new event to process, whatever the clients are doing
                long probed = System.nanoTime();
                String probe = declareProbe("Recovery probe " + k);
                row.put("first_event_processed_after_up_ms", firstEventProcessedAfter(upAt));
                awaitEveryConsumerHas(probe);
                row.put("probe_through_backlog_ms", (System.nanoTime() - probed) / 1_000_000);
                restarts.add(row);
                System.out.println("R1 restart " + row);
            }
            stream.finish();
            Map<String, Object> row = verify(stream, commands, clients);
            row.put("kills", kills);
            RESULTS.put("R1_kill_during_stream", row);
            RESULTS.put("R1_restarts", restarts);
        } finally {
            stack.shutDown();
            DATABASES.clear();
        }
        System.out.println("R1 stack logs in " + home);
    }

    /** R2: the broker stopped for {@code outage} mid-stream, then started again. */
    private static void r2(int commands, int clients, Duration outage) throws Exception {
        Path home = Files.createTempDirectory("vigil-faults-r2");
        StackProcess broker = new StackProcess(home, "broker", "kafka");
        StackProcess rest = new StackProcess(home, "services", "postgres,incident,review,policy,notification");
        try {
            broker.start();
            rest.start();
            Declaring stream = Declaring.start(commands, clients);
            await().forever().pollInterval(Duration.ofMillis(20)).until(() -> stream.acknowledged() >= commands / 3);
            int before = stream.acknowledged();
            broker.stop();
            long stopped = System.nanoTime();
            // the broker stays away for the outage the scenario names, and at least until declarations have been
            // acknowledged without it (what R2 is about)
            await().atMost(outage.multipliedBy(10)).pollInterval(Duration.ofMillis(100))
                    .until(() -> System.nanoTime() - stopped >= outage.toNanos() && stream.acknowledged() > before);
            int during = stream.acknowledged() - before;
            broker.start();
            long back = System.nanoTime();
            Set<String> atReturn = stream.acknowledgedIds();
            await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(100))
                    .until(() -> CONSUMERS.stream().allMatch(s -> missing(db(s), atReturn) == 0));
            long caughtUp = System.nanoTime();
            stream.finish();
            Map<String, Object> row = verify(stream, commands, clients);
            row.put("outage_ms", (back - stopped) / 1_000_000);
            row.put("acknowledged_during_outage", during);
            row.put("caught_up_after_return_ms", (caughtUp - back) / 1_000_000);
            RESULTS.put("R2_broker_outage", row);
        } finally {
            rest.shutDown();
            broker.shutDown();
            DATABASES.clear();
        }
        System.out.println("R2 stack logs in " + home);
    }

    /** R10: two review-service instances; the one holding the relay is killed mid-stream. */
    private static void r10(int commands, int clients) throws Exception {
        Path home = Files.createTempDirectory("vigil-faults-r10");
        StackProcess rest = new StackProcess(home, "platform", "postgres,kafka,incident,policy,notification");
        StackProcess first = new StackProcess(home, "review-8082", "review@8082");
        StackProcess second = new StackProcess(home, "review-8092", "review@8092");
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                "localhost:" + DevStack.KAFKA_PORT))) {
            rest.start();
            first.start();
            second.start();
            Declaring stream = Declaring.start(commands, clients);
            // both instances hold partitions of the incident topic before one dies
            await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200))
                    .until(() -> assignment(admin).size() == 2);
            Map<String, List<Integer>> shared = assignment(admin);
            await().forever().pollInterval(Duration.ofMillis(20)).until(() -> stream.acknowledged() >= commands / 2);
            Map<String, String> relayBefore = relayOwners();
            StackProcess victim = relayBefore.values().stream().anyMatch(o -> o.endsWith(":8092")) ? second : first;
            String survivor = victim == first ? "8092" : "8082";
            victim.kill();
            long killed = System.nanoTime();
            // both watched in one loop, so neither figure waits for the other
            long[] moved = {-1, -1};
            await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(20)).until(() -> {
                long now = (System.nanoTime() - killed) / 1_000_000;
                if (moved[0] < 0 && heldBy(assignment(admin), survivor, partitionCount(shared))) {
                    moved[0] = now;
                }
                if (moved[1] < 0 && relayOwners().values().stream().allMatch(o -> o.endsWith(":" + survivor))) {
                    moved[1] = now;
                }
                return moved[0] >= 0 && moved[1] >= 0;
            });
            stream.finish();
            Map<String, Object> row = verify(stream, commands, clients);
            row.put("partitions_before", shared);
            row.put("relay_segments_before", relayBefore);
            row.put("killed", "review@" + (victim == first ? "8082" : "8092"));
            row.put("partitions_taken_over_ms", moved[0]);
            row.put("relay_segments_taken_over_ms", moved[1]);
            row.put("relay_segments_after", relayOwners());
            RESULTS.put("R10_two_instances_one_killed", row);
        } finally {
            second.shutDown();
            first.shutDown();
            rest.shutDown();
            DATABASES.clear();
        }
        System.out.println("R10 stack logs in " + home);
    }

    /** Whether one member, the survivor, holds all the partitions. */
    private static boolean heldBy(Map<String, List<Integer>> assignment, String survivor, int partitions) {
        return assignment.size() == 1 && assignment.keySet().iterator().next().contains(survivor)
                && assignment.values().iterator().next().size() == partitions;
    }

    private static int partitionCount(Map<String, List<Integer>> assignment) {
        return assignment.values().stream().mapToInt(List::size).sum();
    }

    /**
     * Recovery: by consuming service, the milliseconds from the moment the whole stack was up until it
     * had processed an event (the backlog built while the stack was down, the clients' new declarations,
     * or the probe declared at that moment).
     */
    private static Map<String, Long> firstEventProcessedAfter(Instant up) {
        Map<String, Long> byService = new TreeMap<>();
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(20)).until(() -> {
            for (VigilService consumer : CONSUMERS) {
                if (!byService.containsKey(consumer.context())) {
                    db(consumer).sql("select min(consumed_at) from consumed_event where consumed_at >= ?")
                            .param(Timestamp.from(up))
                            .query(Timestamp.class).optional()
                            .ifPresent(first -> byService.put(consumer.context(),
                                    Duration.between(up, first.toInstant()).toMillis()));
                }
            }
            return byService.size() == CONSUMERS.size();
        });
        return byService;
    }

    private static String declareProbe(String title) {
        ApiClient carl = ApiClient.as(TestUsers.COMMANDER, VigilService.INCIDENT.defaultPort());
        return carl.post("/api/incidents", Declarations.declaration(title, false)).json().get("id").asString();
    }

    private static void awaitEveryConsumerHas(String incidentId) {
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(20))
                .until(() -> CONSUMERS.stream().allMatch(s -> missing(db(s), Set.of(incidentId)) == 0));
    }

    /** The incident topic's partitions by member of review-service's known-incidents group. */
    private static Map<String, List<Integer>> assignment(Admin admin) {
        try {
            var group = admin.describeConsumerGroups(List.of(REVIEW_GROUP)).all().get().get(REVIEW_GROUP);
            Map<String, List<Integer>> byMember = new TreeMap<>();
            for (MemberDescription member : group.members()) {
                List<Integer> partitions = member.assignment().topicPartitions().stream()
                        .map(TopicPartition::partition).sorted().toList();
                if (!partitions.isEmpty()) {
                    byMember.put(member.groupInstanceId().orElse(member.consumerId()), partitions);
                }
            }
            return byMember;
        } catch (Exception e) {
            return Map.of();
        }
    }

    /** Review-service's relay segments by the instance that claims them. */
    private static Map<String, String> relayOwners() {
        Map<String, String> owners = new TreeMap<>();
        db(VigilService.REVIEW).sql("select segment, owner from token_entry where processor_name = ?")
                .param(KafkaRelay.PROCESSING_GROUP)
                .query(rs -> {
                    owners.put("segment " + rs.getInt(1), String.valueOf(rs.getString(2)));
                });
        return owners;
    }

    /** Every acknowledged declaration, counted in the store, on the topic and in each consumer's read model. */
    private static Map<String, Object> verify(Declaring stream, int commands, int clients) {
        Set<String> acknowledged = stream.acknowledgedIds();
        try {
            await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(500))
                    .until(() -> CONSUMERS.stream().allMatch(s -> missing(db(s), acknowledged) == 0));
        } catch (ConditionTimeoutException e) {
            // what is still missing then is reported below as lost
        }
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("commands_sent", commands);
        row.put("clients", clients);
        row.put("acknowledged", acknowledged.size());
        row.put("attempts_refused_or_cut_off", stream.refused());
        Map<String, Long> stored = counts(db(VigilService.INCIDENT).sql("select aggregate_identifier, count(*) "
                + "from domain_event_entry where type = 'Incident' and sequence_number = 0 group by aggregate_identifier"));
        row.put("store_lost", acknowledged.stream().filter(id -> !stored.containsKey(id)).count());
        row.put("store_duplicated", stored.values().stream().filter(n -> n > 1).count());
        Map<String, Long> onTopic = topicCounts();
        row.put("topic_lost", acknowledged.stream().filter(id -> !onTopic.containsKey(id)).count());
        row.put("topic_redelivered_records", onTopic.values().stream().mapToLong(n -> n - 1).sum());
        for (VigilService consumer : CONSUMERS) {
            Map<String, Long> viewed = counts(db(consumer).sql(
                    "select cast(incident_id as text), count(*) from known_incident group by incident_id"));
            row.put(consumer.context() + "_lost", acknowledged.stream().filter(id -> !viewed.containsKey(id)).count());
            row.put(consumer.context() + "_duplicated", viewed.values().stream().filter(n -> n > 1).count());
        }
        return row;
    }

    private static long missing(JdbcClient db, Set<String> ids) {
        try {
            Set<String> seen = Set.copyOf(db.sql("select cast(incident_id as text) from known_incident")
                    .query(String.class).list());
            return ids.stream().filter(id -> !seen.contains(id)).count();
        } catch (RuntimeException e) {
            return ids.size();
        }
    }

    private static Map<String, Long> counts(JdbcClient.StatementSpec query) {
        Map<String, Long> counts = new HashMap<>();
        query.query(rs -> {
            counts.put(rs.getString(1), rs.getLong(2));
        });
        return counts;
    }

    /** IncidentDeclared records on the incident topic, by incident. */
    private static Map<String, Long> topicCounts() {
        Map<String, Long> counts = new HashMap<>();
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:" + DevStack.KAFKA_PORT,
                ConsumerConfig.GROUP_ID_CONFIG, "fault-suite-" + System.nanoTime(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of("vigil.incident.events"));
            int empty = 0;
            while (empty < 10) {
                var records = consumer.poll(Duration.ofMillis(500));
                empty = records.isEmpty() ? empty + 1 : 0;
                records.forEach(r -> {
                    var type = r.headers().lastHeader("ce_type");
                    var subject = r.headers().lastHeader("ce_subject");
                    if (type != null && subject != null
                            && new String(type.value(), StandardCharsets.UTF_8).equals("vigil.incident.IncidentDeclared.v1")) {
                        counts.merge(new String(subject.value(), StandardCharsets.UTF_8), 1L, Long::sum);
                    }
                });
            }
        }
        return counts;
    }

    static JdbcClient db(VigilService service) {
        return DATABASES.computeIfAbsent(service, s -> JdbcClient.create(new DriverManagerDataSource(
                DevPostgres.jdbcUrl(DevStack.POSTGRES_PORT, s.databaseName()), "postgres", "postgres")));
    }

    @SuppressWarnings("unchecked")
    private static void print() {
        System.out.println();
        System.out.println("Vigil fault suite, " + RESULTS.get("cores") + " cores");
        RESULTS.forEach((suite, figures) -> {
            if (figures instanceof Map<?, ?> row) {
                row.forEach((k, v) -> System.out.printf("%-30s %-34s %s%n", suite, k, v));
            }
        });
        List<Map<String, Object>> restarts = (List<Map<String, Object>>) RESULTS.getOrDefault("R1_restarts", List.of());
        for (Map<String, Object> r : restarts) {
            System.out.printf("R1 restart %-3s up after %6s ms; first event processed after up (ms): %s; "
                            + "a probe through the backlog: %s ms%n", r.get("restart"), r.get("up_ms"),
                    r.get("first_event_processed_after_up_ms"), r.get("probe_through_backlog_ms"));
        }
    }

    /** Concurrent clients declaring incidents until {@code commands} are acknowledged. */
    private static final class Declaring {
        private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        private final AtomicInteger refused = new AtomicInteger();
        private final ExecutorService pool;

        private Declaring(int clients) {
            pool = Executors.newFixedThreadPool(clients);
        }

        static Declaring start(int commands, int clients) {
            Declaring stream = new Declaring(clients);
            AtomicInteger next = new AtomicInteger();
            for (int c = 0; c < clients; c++) {
                stream.pool.submit(() -> {
                    ApiClient carl = ApiClient.as(TestUsers.COMMANDER, VigilService.INCIDENT.defaultPort());
                    for (int i = next.getAndIncrement(); i < commands; i = next.getAndIncrement()) {
                        int command = i;
                        await().forever().pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(50))
                                .until(() -> stream.declared(carl, command));
                    }
                });
            }
            return stream;
        }

        /** One attempt: true once acknowledged; a refused or cut-off attempt may or may not have been stored. */
        private boolean declared(ApiClient carl, int i) {
            try {
                var response = carl.post("/api/incidents", Declarations.declaration("Fault suite " + i, false));
                if (response.status() == 201) {
                    acknowledged.add(response.json().get("id").asString());
                    return true;
                }
            } catch (RuntimeException e) {
                // the stack is down
            }
            refused.incrementAndGet();
            return false;
        }

        int acknowledged() {
            return acknowledged.size();
        }

        Set<String> acknowledgedIds() {
            return Set.copyOf(acknowledged);
        }

        int refused() {
            return refused.get();
        }

        void finish() throws InterruptedException {
            pool.shutdown();
            pool.awaitTermination(1, TimeUnit.HOURS);
        }
    }

    /** Parts of the dev stack in a child process on a shared data directory, stopped or killed at will. */
    private static final class StackProcess {
        private final Path home;
        private final String name;
        private final StackParts parts;
        private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        private Process process;
        private int starts;

        StackProcess(Path home, String name, String parts) {
            this.home = home;
            this.name = name;
            this.parts = StackParts.parse(parts);
        }

        /** Starts the process and waits until its broker takes connections and its services are ready. */
        void start() throws IOException {
            String java = ProcessHandle.current().info().command().orElse("java");
            process = new ProcessBuilder(java, "-Xmx" + (parts.services().isEmpty() ? "512m" : "2g"),
                    "-Dvigil.home=" + home, "-Dvigil.stack.parts=" + parts, "-cp",
                    System.getProperty("java.class.path"), DevStack.class.getName())
                    .redirectErrorStream(true)
                    .redirectOutput(home.resolve(name + "-" + (++starts) + ".log").toFile())
                    .start();
            if (parts.kafka()) {
                awaitAlive(this::brokerUp);
            }
            parts.services().values().forEach(port -> awaitAlive(() -> ready(port)));
        }

        private void awaitAlive(BooleanSupplier condition) {
            await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(100)).until(() -> {
                if (!process.isAlive()) {
                    throw new IllegalStateException(name + " stopped while starting: see " + home);
                }
                return condition.getAsBoolean();
            });
        }

        /** SIGTERM: the process shuts down in order. */
        void stop() throws InterruptedException {
            process.destroy();
            process.waitFor();
        }

        /** SIGKILL: no shutdown hook, no graceful close. */
        void kill() throws InterruptedException {
            if (process != null && process.isAlive()) {
                process.destroyForcibly();
                process.waitFor();
            }
        }

        /** At the end of a suite: killed, and the PostgreSQL server it left running stopped too. */
        void shutDown() throws InterruptedException, IOException {
            kill();
            if (parts.postgres()) {
                DevPostgres.stopOrphan(home.resolve("postgres"));
            }
        }

        private boolean brokerUp() {
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                    "localhost:" + DevStack.KAFKA_PORT, AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 2_000,
                    AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2_000))) {
                admin.describeCluster().nodes().get(3, TimeUnit.SECONDS);
                return true;
            } catch (Exception e) {
                return false;
            }
        }

        private boolean ready(int port) {
            try {
                var response = http.send(HttpRequest.newBuilder(URI.create(
                                "http://localhost:" + port + "/actuator/health/readiness"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                return response.statusCode() == 200;
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }
}
