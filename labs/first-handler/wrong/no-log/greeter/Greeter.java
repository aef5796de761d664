package greeter;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.LinkedHashMap;
import java.util.Map;

/** Greets the caller named in the event, and says how much memory the function has. */
public class Greeter implements RequestHandler<Map<String, Object>, Map<String, Object>> {
    @Override
    public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
        Object given = event == null ? null : event.get("name");
        String name = given == null || given.toString().isBlank() ? "world" : given.toString().strip();
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("greeting", "Hello, " + name + "!");
        response.put("memoryLimitMb", context.getMemoryLimitInMB());
        return response;
    }
}
