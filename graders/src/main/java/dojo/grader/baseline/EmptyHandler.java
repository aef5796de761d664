package dojo.grader.baseline;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.Map;

/**
 * The yardstick of cold-start checks: a handler of JSON objects that does nothing, deployed
 * beside a submission so that INIT times are compared on the same machine under the same load.
 */
public final class EmptyHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {
    @Override
    public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
        return Map.of();
    }
}
