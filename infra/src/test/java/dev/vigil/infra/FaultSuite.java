package dev.vigil.infra;

import dev.vigil.platform.test.ApiClient;
import dev.vigil.platform.test.TestUsers;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
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
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.awaitility.Awaitility.await;

/**
 * The fault suite that does not fit in the test run: a program that prints a table and writes
 * {@code target/faults.json}. Run with {@code ./mvnw -Pfaults -DskipTests verify} (README, "Reliability").
 * <p>
 * R1: the dev stack (PostgreSQL, Kafka and the four services) runs in a child process on a fresh data
 * directory while concurrent clients declare incidents; the process is killed with SIGKILL
 * {@code vigil.faults.kills} times and started again. At the end every acknowledged declaration must be
 * in the event store, on the topic and in every consuming service's read model exactly once. After each
 * restart, the time until every service has processed a new event is the recovery time (target: 3 s
 * after the services are up).
 */
public final class FaultSuite {

    private static final Map<String, Object> RESULTS = new LinkedHashMap<>();
    private static final List<VigilService> CONSUMERS = List.of(VigilService.REVIEW, VigilService.POLICY,
            VigilService.NOTIFICATION);

    private FaultSuite() {
    }

    public static void main(String[] args) {
        Programs.runThenExit(FaultSuite::run);
    }

    private static void run() throws Exception {
        int commands = Integer.getInteger("vigil.faults.commands", 2_000);
        int kills = Integer.getInteger("vigil.faults.kills", 10);
        int clients = Integer.getInteger("vigil.faults.clients", 8);
        Path home = Files.createTempDirectory("vigil-faults");
        Stack stack = new Stack(home);
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicInteger refused = new AtomicInteger();
        List<Map<String, Object>> restarts = new ArrayList<>();
        try {
            stack.start();
            AtomicInteger next = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            for (int c = 0; c < clients; c++) {
                pool.submit(() -> {
                    ApiClient carl = ApiClient.as(TestUsers.COMMANDER, VigilService.INCIDENT.defaultPort());
                    for (int i = next.getAndIncrement(); i < commands; i = next.getAndIncrement()) {
                        int command = i;
                        // a client retries until its declaration is acknowledged, as a user would
                        await().forever().pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(50))
                                .until(() -> declared(carl, command, acknowledged, refused));
                    }
                });
            }
            for (int k = 1; k <= kills; k++) {
                int threshold = commands * k / (kills + 1);
                await().forever().pollInterval(Duration.ofMillis(20)).until(() -> acknowledged.size() >= threshold);
                stack.kill();
                restarts.add(stack.startAndMeasureRecovery(k));
            }
            pool.shutdown();
            pool.awaitTermination(1, TimeUnit.HOURS);
            RESULTS.put("R1_kill_during_stream", verify(stack, acknowledged, refused.get(), commands, kills, clients));
            RESULTS.put("R1_restarts", restarts);
        } finally {
            stack.kill();
        }
        RESULTS.put("cores", Runtime.getRuntime().availableProcessors());
        print();
        Path out = Programs.writeFigures("faults.json", RESULTS);
        System.out.println("Figures written to " + out + "; stack logs in " + home);
    }

    /** One attempt: true once acknowledged; a refused or cut-off attempt may or may not have been stored. */
    private static boolean declared(ApiClient carl, int i, Set<String> acknowledged, AtomicInteger refused) {
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

    /** Every acknowledged declaration, counted in the store, on the topic and in each consumer's read model. */
    private static Map<String, Object> verify(Stack stack, Set<String> acknowledged, int refused, int commands,
                                              int kills, int clients) {
        // the consumers catch up with what was relayed before the last restart
        try {
            await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(500))
                    .until(() -> CONSUMERS.stream().allMatch(s -> missing(stack.db(s), acknowledged) == 0));
        } catch (ConditionTimeoutException e) {
            // what is still missing then is reported below as lost
        }
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("commands_sent", commands);
        row.put("clients", clients);
        row.put("kills", kills);
        row.put("acknowledged", acknowledged.size());
        row.put("attempts_refused_or_cut_off", refused);
        JdbcClient store = stack.db(VigilService.INCIDENT);
        Map<String, Long> stored = counts(store.sql("select aggregate_identifier, count(*) from domain_event_entry "
                + "where type = 'Incident' and sequence_number = 0 group by aggregate_identifier"));
        row.put("store_lost", acknowledged.stream().filter(id -> !stored.containsKey(id)).count());
        row.put("store_duplicated", stored.values().stream().filter(n -> n > 1).count());
        Map<String, Long> onTopic = topicCounts();
        row.put("topic_lost", acknowledged.stream().filter(id -> !onTopic.containsKey(id)).count());
        row.put("topic_redelivered_records", onTopic.values().stream().mapToLong(n -> n - 1).sum());
        for (VigilService consumer : CONSUMERS) {
            JdbcClient db = stack.db(consumer);
            Map<String, Long> viewed = counts(db.sql(
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

    @SuppressWarnings("unchecked")
    private static void print() {
        System.out.println();
        System.out.println("Vigil fault suite, " + RESULTS.get("cores") + " cores");
        Map<String, Object> r1 = (Map<String, Object>) RESULTS.get("R1_kill_during_stream");
        r1.forEach((k, v) -> System.out.printf("R1 %-38s %10s%n", k, v));
        List<Map<String, Object>> restarts = (List<Map<String, Object>>) RESULTS.get("R1_restarts");
        for (Map<String, Object> r : restarts) {
            System.out.printf("R1 restart %-3s up after %6s ms, every service processing new events %6s ms after that%n",
                    r.get("restart"), r.get("up_ms"), r.get("recovered_ms"));
        }
    }

    /** The dev stack in a child process, on its own data directory, killed and restarted at will. */
    private static final class Stack {
        private final Path home;
        private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        private final Map<VigilService, JdbcClient> databases = new HashMap<>();
        private Process process;
        private int starts;

        Stack(Path home) {
            this.home = home;
        }

        void start() throws IOException {
            String java = ProcessHandle.current().info().command().orElse("java");
            process = new ProcessBuilder(java, "-Xmx2g", "-Dvigil.home=" + home, "-cp",
                    System.getProperty("java.class.path"), DevStack.class.getName())
                    .redirectErrorStream(true)
                    .redirectOutput(home.resolve("stack-" + (++starts) + ".log").toFile())
                    .start();
            for (VigilService service : VigilService.values()) {
                await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(100)).until(() -> {
                    if (!process.isAlive()) {
                        throw new IllegalStateException("the stack stopped while starting: see " + home);
                    }
                    return healthy(service);
                });
            }
        }

        /** Starts the stack, then declares a probe and times until every consumer has it. */
        Map<String, Object> startAndMeasureRecovery(int restart) throws IOException {
            long begin = System.nanoTime();
            start();
            long up = System.nanoTime();
            ApiClient carl = ApiClient.as(TestUsers.COMMANDER, VigilService.INCIDENT.defaultPort());
            String probe = carl.post("/api/incidents", Declarations.declaration("Recovery probe " + restart, false))
                    .json().get("id").asString();
            await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(20))
                    .until(() -> CONSUMERS.stream().allMatch(s -> missing(db(s), Set.of(probe)) == 0));
            long recovered = System.nanoTime();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("restart", restart);
            row.put("up_ms", (up - begin) / 1_000_000);
            row.put("recovered_ms", (recovered - up) / 1_000_000);
            return row;
        }

        void kill() {
            if (process != null && process.isAlive()) {
                process.destroyForcibly(); // SIGKILL: no shutdown hook, no graceful close
                try {
                    process.waitFor();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        JdbcClient db(VigilService service) {
            return databases.computeIfAbsent(service, s -> JdbcClient.create(new DriverManagerDataSource(
                    "jdbc:postgresql://localhost:" + DevStack.POSTGRES_PORT + "/" + s.databaseName(),
                    "postgres", "postgres")));
        }

        private boolean healthy(VigilService service) {
            try {
                var response = http.send(HttpRequest.newBuilder(URI.create(
                                "http://localhost:" + service.defaultPort() + "/actuator/health/readiness"))
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
