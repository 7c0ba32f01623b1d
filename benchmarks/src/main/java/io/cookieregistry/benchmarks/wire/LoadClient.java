package io.cookieregistry.benchmarks.wire;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A bounded HTTP/1.1 load: a fixed number of requests spread over keep-alive socket connections,
 * each response read to its last octet and its {@code Set-Cookie} lines counted, so that a server
 * that drops a cookie it should send fails the run instead of looking fast.
 */
final class LoadClient {
  private static final int TIMEOUT_MILLIS = 30_000;

  private LoadClient() {}

  /** The rate of one run, and the CPU time the whole process (server and client) spent per request. */
  record Result(double requestsPerSecond, double cpuMicrosPerRequest) {}

  private static final com.sun.management.OperatingSystemMXBean OS =
      (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();

  /** Sends {@code requests} GETs over {@code connections} connections. */
  static Result run(int port, String path, int requests, int connections, String headerLine,
      int cookiesPerResponse) throws Exception {
    byte[] request = ("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n" + headerLine
        + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
    ExecutorService pool = Executors.newFixedThreadPool(connections);
    try {
      long start = System.nanoTime();
      long cpuStart = OS.getProcessCpuTime();
      List<Future<?>> done = new ArrayList<>();
      for (int c = 0; c < connections; c++) {
        int share = requests / connections + (c < requests % connections ? 1 : 0);
        done.add(pool.submit(() -> connection(port, request, share, cookiesPerResponse)));
      }
      for (Future<?> future : done) {
        future.get();
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      return new Result(requests / seconds, (OS.getProcessCpuTime() - cpuStart) / 1e3 / requests);
    } finally {
      pool.shutdownNow();
    }
  }

  private static Void connection(int port, byte[] request, int count, int cookiesPerResponse)
      throws IOException {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
      socket.setSoTimeout(TIMEOUT_MILLIS);
      socket.setTcpNoDelay(true);
      OutputStream out = socket.getOutputStream();
      InputStream in = new BufferedInputStream(socket.getInputStream());
      for (int i = 0; i < count; i++) {
        out.write(request);
        out.flush();
        readResponse(in, cookiesPerResponse);
      }
    }
    return null;
  }

  private static void readResponse(InputStream in, int cookiesPerResponse) throws IOException {
    StringBuilder line = new StringBuilder();
    int contentLength = -1;
    int cookies = 0;
    boolean first = true;
    while (true) {
      int b = in.read();
      if (b < 0) {
        throw new IOException("connection closed in a response head");
      }
      if (b != '\n') {
        line.append((char) b);
        continue;
      }
      String header = line.toString().strip();
      line.setLength(0);
      if (header.isEmpty()) {
        break;
      }
      if (first && !header.startsWith("HTTP/1.1 200")) {
        throw new IOException("unexpected status line: " + header);
      }
      first = false;
      String lower = header.toLowerCase(Locale.ROOT);
      if (lower.startsWith("content-length:")) {
        contentLength = Integer.parseInt(header.substring(15).strip());
      } else if (lower.startsWith("set-cookie:")) {
        cookies++;
      }
    }
    if (contentLength < 0 || cookies != cookiesPerResponse) {
      throw new IOException("expected a Content-Length and " + cookiesPerResponse
          + " Set-Cookie lines, got " + contentLength + " and " + cookies);
    }
    for (int left = contentLength; left > 0; left--) {
      if (in.read() < 0) {
        throw new IOException("connection closed in a response body");
      }
    }
  }
}
