package greeter;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.LinkedHashMap;
import java.util.Map;

/** Greets the caller named in the event, and says how much memory the function has. */
public class Greeter implements RequestHandler<Map<String, Object>, Map<String, Object>> {
    @Override
    public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
        // 1. Read the event's "name" field. Use "world" when it is missing or blank.
        // 2. Log one line, "Greeted <name>", with context.getLogger().log(...).
        // 3. Return {"greeting": "Hello, <name>!", "memoryLimitMb": <the function's memory in MB>}.
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("greeting", "TODO");
        return response;
    }
}
