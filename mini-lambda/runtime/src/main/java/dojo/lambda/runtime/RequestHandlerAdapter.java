package dojo.lambda.runtime;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

/** Runs a {@link RequestHandler} with its type arguments' codecs. */
record RequestHandlerAdapter(RequestHandler<Object, Object> handler, PayloadCodec input, PayloadCodec output)
        implements LambdaHandler {
    @Override
    public Payload handle(Payload event, Context context) {
        Object result = handler.handleRequest(input.decode(event), context);
        return output.encode(result);
    }
}
