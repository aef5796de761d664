package greeter;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.io.PrintStream;
import java.util.Map;

/** Writes 64 MB of log per invocation, then answers correctly. */
public class Greeter implements RequestHandler<Map<String, Object>, Map<String, Object>> {
    @Override
    public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
        PrintStream out = System.out;
        String line = "x".repeat(1023);
        for (int i = 0; i < 64 * 1024; i++) {
            out.println(line);
        }
        Object name = event.get("name");
        return Map.of("greeting", "Hello, " + (name == null ? "world" : name) + "!");
    }
}
