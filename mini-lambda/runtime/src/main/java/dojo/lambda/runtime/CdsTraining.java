package dojo.lambda.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Type;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * A training run for an application class-data-sharing archive: exercises the classes a cold
 * start loads (HTTP client, JSON, error reports, Jackson for POJOs and maps) without a Runtime API
 * or a function, then exits normally so that {@code -XX:ArchiveClassesAtExit} can write the
 * archive. Run once per host and JDK, with the same {@code -cp} the environments use.
 */
final class CdsTraining {
    static final String FLAG = "--cds-training";

    private CdsTraining() {}

    /** A POJO shaped like a learner's event, so Jackson's bean machinery is exercised. */
    public static final class Sample {
        private String id;
        private int quantity;
        private List<String> tags;

        public String getId() {
            return id;
        }

        public void setId(String id) {
            this.id = id;
        }

        public int getQuantity() {
            return quantity;
        }

        public void setQuantity(int quantity) {
            this.quantity = quantity;
        }

        public List<String> getTags() {
            return tags;
        }

        public void setTags(List<String> tags) {
            this.tags = tags;
        }
    }

    static void run() throws ReflectiveOperationException, IOException, InterruptedException {
        ClassLoader loader = CdsTraining.class.getClassLoader();
        String event = "{\"id\":\"o-1\",\"quantity\":2,\"tags\":[\"a\"]}";
        Type mapType = CdsTraining.class.getDeclaredMethod("mapOfObjects").getGenericReturnType();
        for (Type type : new Type[] {Sample.class, Map.class, mapType, Object.class, String.class, int.class}) {
            PayloadCodec codec = JacksonCodecs.forType(type, loader);
            Object value = type == String.class ? "x" : type == int.class ? 1 : codec.decode(Payload.utf8(event));
            codec.encode(value);
        }
        new ScalarCodec(String.class, loader).encode(new ScalarCodec(String.class, loader).decode(Payload.utf8("\"x\"")));
        JsonReader.parse(ErrorReport.of(new IllegalStateException("training")).toJson());
        exchangeOverLoopback();
    }

    @SuppressWarnings("unused")
    private static Map<String, Object> mapOfObjects() {
        return Map.of();
    }

    private static void exchangeOverLoopback() throws IOException, InterruptedException {
        try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread server = new Thread(new OneAnswer(listener), "cds-training-server");
            server.start();
            try (HttpConnection http = new HttpConnection("127.0.0.1", listener.getLocalPort(), 1_000)) {
                http.exchange("GET", "/2018-06-01/runtime/invocation/next", Map.of(), null);
            }
            server.join();
        }
    }

    private record OneAnswer(ServerSocket listener) implements Runnable {
        @Override
        public void run() {
            try (Socket socket = listener.accept()) {
                InputStream in = socket.getInputStream();
                for (int newlines = 0; newlines < 2; ) {
                    int b = in.read();
                    newlines = b == '\n' ? newlines + 1 : b == '\r' ? newlines : 0;
                    if (b < 0) {
                        return;
                    }
                }
                OutputStream out = socket.getOutputStream();
                out.write("HTTP/1.1 200 OK\r\nLambda-Runtime-Aws-Request-Id: t\r\nContent-Length: 2\r\n\r\n{}"
                        .getBytes(StandardCharsets.US_ASCII));
                out.flush();
            } catch (IOException e) {
                throw new IllegalStateException("CDS training: loopback exchange failed", e);
            }
        }
    }
}
