package dojo.lambda.runtime;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

/** Runs a {@link RequestStreamHandler}: the response is exactly the bytes it wrote. */
record StreamHandlerAdapter(RequestStreamHandler handler) implements LambdaHandler {
    @Override
    public Payload handle(Payload event, Context context) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
        handler.handleRequest(new ByteArrayInputStream(event.bytes()), out, context);
        return new Payload(out.toByteArray());
    }
}
