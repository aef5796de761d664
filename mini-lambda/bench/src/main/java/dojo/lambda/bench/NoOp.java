package dojo.lambda.bench;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

/** The benchmark's handler: does nothing, so the numbers are the engine's own. */
public class NoOp implements RequestHandler<Object, String> {
    @Override
    public String handleRequest(Object event, Context context) {
        return "ok";
    }
}
