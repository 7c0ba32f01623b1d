package io.cookieregistry.runtime.wire;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A bare HTTP/1.1 client on a socket: it sends one request and reads the response's head octet by
 * octet, as a browser receives it, so a test sees every {@code Set-Cookie} line on the wire,
 * including ones with odd spellings of the header name. Bounded: a read timeout and a size cap.
 */
public final class WireClient {
  private static final int TIMEOUT_MILLIS = 10_000;
  private static final int MAX_RESPONSE_OCTETS = 1 << 20;

  private WireClient() {}

  /** One response: its status and the values of its {@code Set-Cookie} lines, in order. */
  public record Reply(int status, List<String> setCookies, String head) {
    /** The names of the cookies, in order. */
    public List<String> cookieNames() {
      return setCookies.stream().map(v -> v.substring(0, Math.max(0, v.indexOf('='))).strip())
          .collect(Collectors.toList());
    }
  }

  /** Sends {@code GET path} to 127.0.0.1:{@code port} with these extra header lines ({@code "Cookie: a=1"}). */
  public static Reply get(int port, String path, String... headerLines) throws IOException {
    StringBuilder request = new StringBuilder("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port
        + "\r\nConnection: close\r\n");
    for (String line : headerLines) {
      request.append(line).append("\r\n");
    }
    request.append("\r\n");
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
      socket.setSoTimeout(TIMEOUT_MILLIS);
      OutputStream out = socket.getOutputStream();
      out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      return parse(readAll(socket.getInputStream()));
    }
  }

  private static byte[] readAll(InputStream in) throws IOException {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    for (int n; (n = in.read(buffer)) >= 0; ) {
      all.write(buffer, 0, n);
      if (all.size() > MAX_RESPONSE_OCTETS) {
        throw new IOException("response larger than " + MAX_RESPONSE_OCTETS + " octets");
      }
    }
    return all.toByteArray();
  }

  private static Reply parse(byte[] response) throws IOException {
    String text = new String(response, StandardCharsets.ISO_8859_1);
    int end = text.indexOf("\r\n\r\n");
    if (!text.startsWith("HTTP/1.1 ") || end < 0) {
      throw new IOException("not an HTTP/1.1 response: '" + text + "'");
    }
    String head = text.substring(0, end);
    String[] lines = head.split("\r\n");
    int status = Integer.parseInt(lines[0].substring(9, 12));
    List<String> setCookies = new ArrayList<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      if (colon > 0 && lines[i].substring(0, colon).strip().equalsIgnoreCase("Set-Cookie")) {
        setCookies.add(lines[i].substring(colon + 1).strip());
      }
    }
    return new Reply(status, setCookies, head);
  }
}
