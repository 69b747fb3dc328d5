package dev.vigil.infra;

import kafka.server.BrokerServer;
import kafka.server.ControllerServer;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.server.Server;
import kafka.server.SharedServer;
import kafka.server.StandardFaultHandlerFactory;
import kafka.tools.StorageTool;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.metrics.Metrics;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.raft.QuorumConfig;
import org.apache.kafka.server.ServerSocketFactory;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A real single-node Kafka broker (KRaft, combined broker and controller) in this JVM, with its log
 * kept in a directory: stopped and started again, or killed, it comes back with every record.
 */
public final class DevKafka implements AutoCloseable {

    private final ControllerServer controller;
    private final BrokerServer broker;
    private final int port;

    /** Formats the log directory on first use, then starts the broker on the given ports. */
    public static DevKafka start(Path dataDirectory, int brokerPort, int controllerPort) {
        return start(dataDirectory, bind(brokerPort), bind(controllerPort), brokerPort);
    }

    /**
     * Starts the broker on ports the operating system picks, held from the moment they are picked until
     * the broker listens on them (so nothing else can take one in between); clients are told to reach it
     * at {@code advertisedPort}, where a test can put a link it controls.
     */
    public static DevKafka startOnFreePorts(Path dataDirectory, int advertisedPort) {
        return start(dataDirectory, bind(0), bind(0), advertisedPort);
    }

    private static DevKafka start(Path dataDirectory, ServerSocketChannel broker, ServerSocketChannel controller,
                                  int advertisedPort) {
        try {
            int brokerPort = broker.socket().getLocalPort();
            int controllerPort = controller.socket().getLocalPort();
            Files.createDirectories(dataDirectory);
            Path logs = dataDirectory.resolve("logs");
            Properties config = new Properties();
            config.put("process.roles", "broker,controller");
            config.put("node.id", "1");
            config.put("controller.quorum.voters", "1@localhost:" + controllerPort);
            config.put("listeners", "PLAINTEXT://localhost:" + brokerPort + ",CONTROLLER://localhost:" + controllerPort);
            config.put("advertised.listeners", "PLAINTEXT://localhost:" + advertisedPort);
            config.put("controller.listener.names", "CONTROLLER");
            config.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
            config.put("inter.broker.listener.name", "PLAINTEXT");
            config.put("log.dirs", logs.toString());
            config.put("num.partitions", "3");
            config.put("offsets.topic.replication.factor", "1");
            config.put("offsets.topic.num.partitions", "5");
            config.put("transaction.state.log.replication.factor", "1");
            config.put("transaction.state.log.min.isr", "1");
            config.put("group.initial.rebalance.delay.ms", "0");
            // consumers of the dev stack use 4 s sessions, so a killed instance's partitions move quickly
            config.put("group.min.session.timeout.ms", "1000");
            config.put("auto.create.topics.enable", "true");
            // events are the record: never delete them for age or size
            config.put("log.retention.ms", "-1");
            config.put("log.retention.bytes", "-1");
            Path properties = dataDirectory.resolve("server.properties");
            try (OutputStream out = Files.newOutputStream(properties)) {
                config.store(out, "Vigil dev-stack Kafka broker");
            }
            if (!Files.exists(logs.resolve("meta.properties"))) {
                format(properties);
            }
            return new DevKafka(KafkaConfig.fromProps(config, false), Map.of("PLAINTEXT", broker, "CONTROLLER", controller), brokerPort);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What {@code KafkaRaftServer} does for a combined broker and controller, except that the listeners
     * are handed sockets already bound (as Kafka's own test kit does), which its public constructor
     * does not allow.
     */
    private DevKafka(KafkaConfig config, Map<String, ServerSocketChannel> bound, int port) {
        this.port = port;
        var directories = KafkaRaftServer.initializeLogDirs(config, LoggerFactory.getLogger(DevKafka.class), "[DevKafka] ");
        Metrics metrics = Server.initializeMetrics(config, Time.SYSTEM, directories._1().clusterId().get());
        Map<String, ServerSocketChannel> waiting = new ConcurrentHashMap<>(bound);
        ServerSocketFactory sockets = (listener, address, backlog, receiveBuffer) -> {
            ServerSocketChannel channel = waiting.remove(listener);
            return channel != null ? channel : ServerSocketFactory.INSTANCE.openServerSocket(listener, address, backlog, receiveBuffer);
        };
        SharedServer shared = new SharedServer(config, directories._1(), Time.SYSTEM, metrics,
                CompletableFuture.completedFuture(QuorumConfig.parseVoterConnections(config.quorumConfig().voters())),
                QuorumConfig.parseBootstrapServers(config.quorumConfig().bootstrapServers()),
                new StandardFaultHandlerFactory(), sockets);
        this.controller = new ControllerServer(shared, KafkaRaftServer.configSchema(), directories._2());
        this.broker = new BrokerServer(shared);
        // the controller first, so that the broker finds its endpoint
        controller.startup();
        broker.startup();
    }

    private static ServerSocketChannel bind(int port) {
        try {
            ServerSocketChannel channel = ServerSocketChannel.open();
            channel.bind(new InetSocketAddress("localhost", port));
            channel.configureBlocking(false);
            return channel;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on port " + port, e);
        }
    }

    private static void format(Path properties) {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        int exit = StorageTool.execute(new String[]{"format", "--cluster-id", Uuid.randomUuid().toString(),
                "--config", properties.toString(), "--ignore-formatted"}, new PrintStream(output, true, StandardCharsets.UTF_8));
        if (exit != 0) {
            throw new IllegalStateException("formatting Kafka storage failed: " + output.toString(StandardCharsets.UTF_8));
        }
    }

    public String bootstrapServers() {
        return "localhost:" + port;
    }

    /** The port the broker listens on (clients may be told another: see {@link #startOnFreePorts}). */
    public int port() {
        return port;
    }

    @Override
    public void close() {
        // the broker first: in a combined node it still talks to the controller while it stops
        broker.shutdown();
        controller.shutdown();
        broker.awaitShutdown();
        controller.awaitShutdown();
    }
}
