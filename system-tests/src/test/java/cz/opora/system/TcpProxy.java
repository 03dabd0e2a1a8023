package cz.opora.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * A TCP proxy for network faults in tests: forwards a local port to a target port, and can cut every connection
 * (and refuse new ones) or slow every chunk of data down.
 */
final class TcpProxy implements AutoCloseable {
    private final ServerSocket server;
    private final int target;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private final AtomicBoolean cut = new AtomicBoolean();
    private final AtomicLong delayMillis = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();

    TcpProxy(int port, int target) throws IOException {
        this.target = target;
        server = new ServerSocket();
        server.setReuseAddress(true);
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        Thread acceptor = new Thread(this::accept, "tcp-proxy-" + port);
        acceptor.setDaemon(true);
        acceptor.start();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                if (cut.get()) {
                    client.close();
                    continue;
                }
                Socket upstream = new Socket(InetAddress.getLoopbackAddress(), target);
                sockets.add(client);
                sockets.add(upstream);
                pump(client, upstream);
                pump(upstream, client);
            } catch (IOException e) {
                // closed, or the upstream refused: the client sees a reset
            }
        }
    }

    private void pump(Socket from, Socket to) {
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[16 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                for (int n = in.read(buffer); n >= 0 && !cut.get(); n = in.read(buffer)) {
                    long delay = delayMillis.get();
                    if (delay > 0) {
                        LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(delay));
                    }
                    out.write(buffer, 0, n);
                    out.flush();
                    bytes.addAndGet(n);
                }
            } catch (IOException e) {
                // a side closed
            } finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        }, "tcp-proxy-pump");
        thread.setDaemon(true);
        thread.start();
    }

    /** Drops every open connection and refuses new ones until {@link #restore()}. */
    void cut() {
        cut.set(true);
        sockets.forEach(TcpProxy::closeQuietly);
        sockets.clear();
    }

    /** Delays every chunk of data by the given time. */
    void slow(long millis) {
        delayMillis.set(millis);
    }

    void restore() {
        delayMillis.set(0);
        cut.set(false);
    }

    long bytesForwarded() {
        return bytes.get();
    }

    @Override
    public void close() {
        cut();
        closeQuietly(server);
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            // already closed
        }
    }
}
