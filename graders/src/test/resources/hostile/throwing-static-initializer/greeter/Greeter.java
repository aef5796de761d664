package greeter;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.Map;

/** Cannot even be loaded: its static initializer throws. */
public class Greeter implements RequestHandler<Map<String, Object>, Map<String, Object>> {
    private static final int SIZE = Integer.parseInt("not a number");

    @Override
    public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
        return Map.of("greeting", "Hello, " + SIZE + "!");
    }
}
