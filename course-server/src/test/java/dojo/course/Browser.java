package dojo.course;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A test client that behaves like one browser tab: keeps the session cookie (it is Secure, which
 * java.net's cookie handler would withhold over http, as a browser does not for localhost), and
 * sends the CSRF token of the last page it loaded.
 */
final class Browser {
    private static final Pattern CSRF = Pattern.compile("<meta name=\"csrf-token\" content=\"([^\"]+)\">");
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;
    private String cookie;
    private String csrf;

    Browser(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    /** The same tab after the server moved to another port (a restart): keeps the session cookie. */
    Browser(int port, String cookie) {
        this(port);
        this.cookie = cookie;
    }

    HttpResponse<String> get(String path) {
        HttpResponse<String> response = send(request(path).GET().build());
        Matcher m = CSRF.matcher(response.body());
        if (m.find()) {
            csrf = m.group(1);
        }
        return response;
    }

    HttpResponse<String> getJson(String path) {
        return send(request(path).header("Accept", "application/json").GET().build());
    }

    HttpResponse<String> postJson(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").header("Accept", "application/json")
                .header("X-CSRF-Token", csrf == null ? "" : csrf).POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** A POST with this tab's CSRF token but any Content-Type (or none when null), asking for JSON. */
    HttpResponse<String> post(String path, String contentType, String body) {
        HttpRequest.Builder builder = request(path).header("Accept", "application/json").header("X-CSRF-Token", csrf == null ? "" : csrf);
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        return send(builder.POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    HttpResponse<String> postJsonWithoutToken(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    HttpResponse<String> postForm(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&")) + "&_csrf=" + URLEncoder.encode(csrf == null ? "" : csrf, StandardCharsets.UTF_8);
        HttpResponse<String> response = send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        Matcher m = CSRF.matcher(response.body());
        if (m.find()) {
            csrf = m.group(1);
        }
        return response;
    }

    String cookie() {
        return cookie;
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path));
        if (cookie != null) {
            builder.header("Cookie", cookie);
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            response.headers().allValues("Set-Cookie").forEach(header -> {
                String pair = header.split(";", 2)[0];
                if (pair.startsWith("dojo_session=")) {
                    cookie = pair.equals("dojo_session=") ? null : pair;
                }
            });
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
