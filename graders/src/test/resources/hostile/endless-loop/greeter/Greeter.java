package greeter;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.Map;

/** Never returns. */
public class Greeter implements RequestHandler<Map<String, Object>, Map<String, Object>> {
    private static volatile long spins;

    @Override
    public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
        while (true) {
            spins++;
        }
    }
}
