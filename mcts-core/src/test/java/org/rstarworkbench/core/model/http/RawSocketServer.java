package org.rstarworkbench.core.model.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A bare socket server on 127.0.0.1 for failures {@link com.sun.net.httpserver.HttpServer} cannot produce: it resets
 * the first {@code resets} connections (SO_LINGER 0, so the client sees a reset rather than a clean close) and
 * answers later ones with a fixed 200 reply. It accepts at most {@code resets + answers} connections and stops by
 * itself after that, after two seconds without a connection, or on {@link #close()}.
 */
final class RawSocketServer implements AutoCloseable {

    private final ServerSocket socket;
    private final Thread loop;
    private final AtomicInteger connections = new AtomicInteger();

    RawSocketServer(int resets, int answers, String replyBody) throws IOException {
        socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        socket.setSoTimeout(2_000);
        loop = new Thread(() -> serve(resets, answers, replyBody), "raw-socket-server");
        loop.setDaemon(true);
        loop.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + socket.getLocalPort() + "/v1";
    }

    int connections() {
        return connections.get();
    }

    private void serve(int resets, int answers, String replyBody) {
        for (int i = 0; i < resets + answers; i++) {
            try (Socket client = socket.accept()) {
                connections.incrementAndGet();
                if (i < resets) {
                    client.setSoLinger(true, 0);
                } else {
                    client.setSoTimeout(2_000);
                    readRequest(client.getInputStream());
                    answer(client.getOutputStream(), replyBody);
                }
            } catch (SocketTimeoutException idle) {
                return;
            } catch (IOException e) {
                if (socket.isClosed()) {
                    return;
                }
            }
        }
    }

    private static void readRequest(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1) {
            head.write(b);
            byte[] h = head.toByteArray();
            int n = h.length;
            if (n >= 4 && h[n - 4] == '\r' && h[n - 3] == '\n' && h[n - 2] == '\r' && h[n - 1] == '\n') {
                break;
            }
        }
        int length = 0;
        for (String line : head.toString(StandardCharsets.ISO_8859_1).split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                length = Integer.parseInt(line.substring("content-length:".length()).trim());
            }
        }
        in.readNBytes(length);
    }

    private static void answer(OutputStream out, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + bytes.length
                + "\r\nConnection: close\r\n\r\n";
        out.write(head.getBytes(StandardCharsets.ISO_8859_1));
        out.write(bytes);
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
        try {
            loop.join(3_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
