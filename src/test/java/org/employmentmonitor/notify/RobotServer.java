package org.employmentmonitor.notify;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * A group robot on 127.0.0.1 for the delivery tests: answers each POST with the next scripted
 * (status, body), repeating the last one, and keeps every request body and query it received.
 */
public final class RobotServer implements AutoCloseable {
  /**
   * One scripted answer, sent after {@code delayMillis}; with {@code trickleMillis} &gt; 0 the
   * headers go at once and the body one byte every {@code trickleMillis} (issue 27).
   */
  public record Reply(int status, String body, long delayMillis, long trickleMillis) {
    public Reply(int status, String body) {
      this(status, body, 0, 0);
    }

    public Reply(int status, String body, long delayMillis) {
      this(status, body, delayMillis, 0);
    }
  }

  /** Answers 200 at once, then its body one byte a second: ten minutes for the whole reply. */
  public static final Reply TRICKLE = new Reply(200, "{\"errcode\":0}" + " ".repeat(600), 0, 1000);

  public static final Reply OK = new Reply(200, "{\"errcode\":0,\"errmsg\":\"ok\"}");
  public static final Reply FAIL = new Reply(500, "upstream broken");

  private final HttpServer server;
  private final java.util.concurrent.ExecutorService pool =
      java.util.concurrent.Executors.newCachedThreadPool();
  private final Deque<Reply> script;
  private final List<String> bodies = new ArrayList<>();
  private final List<String> queries = new ArrayList<>();
  private final List<String> contentTypes = new ArrayList<>();

  private volatile Runnable onRequest;

  /** Runs {@code probe} on every request, before answering (a test looks at the output then). */
  public void onRequest(Runnable probe) {
    onRequest = probe;
  }

  public RobotServer(Reply... replies) throws IOException {
    script = new ConcurrentLinkedDeque<>(List.of(replies));
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          byte[] in = exchange.getRequestBody().readAllBytes();
          synchronized (this) {
            bodies.add(new String(in, StandardCharsets.UTF_8));
            queries.add(exchange.getRequestURI().getRawQuery());
            contentTypes.add(exchange.getRequestHeaders().getFirst("Content-Type"));
          }
          Reply r = script.size() > 1 ? script.pollFirst() : script.peekFirst();
          if (r.delayMillis() > 0) {
            try {
              Thread.sleep(r.delayMillis());
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          }
          Runnable probe = onRequest;
          if (probe != null) {
            probe.run();
          }
          byte[] out = r.body().getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(r.status(), out.length);
          try (OutputStream os = exchange.getResponseBody()) {
            if (r.trickleMillis() <= 0) {
              os.write(out);
            } else {
              for (byte b : out) {
                os.write(b);
                os.flush();
                Thread.sleep(r.trickleMillis());
              }
            }
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // closed by the test
          } catch (IOException e) {
            // the client gave up and closed the connection: what a trickling robot should see
          }
        });
    // a thread per exchange, so a scripted slow reply does not hold up the next request
    server.setExecutor(pool);
    server.start();
  }

  /** {@code http://127.0.0.1:PORT/cgi-bin/webhook/send?key=secret-key-123}. */
  public String url() {
    return "http://127.0.0.1:"
        + server.getAddress().getPort()
        + "/cgi-bin/webhook/send?key=secret-key-123";
  }

  public synchronized List<String> bodies() {
    return List.copyOf(bodies);
  }

  public synchronized List<String> queries() {
    return List.copyOf(queries);
  }

  public synchronized List<String> contentTypes() {
    return List.copyOf(contentTypes);
  }

  @Override
  public void close() {
    server.stop(0);
    pool.shutdownNow();
  }
}
