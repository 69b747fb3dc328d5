package dev.vigil.infra;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The clients' way to a broker that a test stops and starts again: a TCP relay that holds one port for
 * its whole life and passes each connection on to whichever broker is running now. A broker started
 * again listens on new ports the operating system picks, so no port is ever released and chosen again
 * (which another process could take in between).
 */
final class BrokerLink implements AutoCloseable {

    private final ServerSocket listener;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile int target = -1;

    BrokerLink() throws IOException {
        listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread.ofVirtual().name("broker-link").start(this::accept);
    }

    /** The port the clients are given; it never changes. */
    int port() {
        return listener.getLocalPort();
    }

    /** Connections from now on go to this port; open ones end when their broker stops. */
    void pointAt(int brokerPort) {
        target = brokerPort;
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Thread.ofVirtual().start(() -> connect(client));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void connect(Socket client) {
        try {
            // a broker that is stopped refuses the connection, and so does the link: as if it were there
            Socket broker = new Socket(InetAddress.getLoopbackAddress(), target);
            open.add(client);
            open.add(broker);
            Thread.ofVirtual().start(() -> pump(client, broker));
            pump(broker, client);
        } catch (IOException | IllegalArgumentException refused) {
            close(client);
        }
    }

    /** Copies one direction until either side ends, then ends both (Kafka never half-closes). */
    private void pump(Socket from, Socket to) {
        try {
            from.getInputStream().transferTo(to.getOutputStream());
        } catch (IOException ended) {
            // the other side is gone; closing both below tells the client
        } finally {
            close(from);
            close(to);
        }
    }

    private void close(Socket socket) {
        open.remove(socket);
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
        open.forEach(this::close);
    }
}
