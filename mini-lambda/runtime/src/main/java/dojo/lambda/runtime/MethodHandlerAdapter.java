package dojo.lambda.runtime;

import com.amazonaws.services.lambda.runtime.Context;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;

/**
 * Runs a {@code Class::method} handler. As on AWS, a method that takes an InputStream or an
 * OutputStream is a stream handler: the response is what it wrote and its return value is ignored;
 * any other method's return value is written as JSON.
 *
 * @param input codec for the EVENT parameter, null when there is none
 * @param output codec for the return value, null for stream-shaped methods
 */
record MethodHandlerAdapter(Method method, Object instance, List<ParamKind> params, PayloadCodec input,
        PayloadCodec output) implements LambdaHandler {
    MethodHandlerAdapter {
        params = List.copyOf(params);
    }

    @Override
    public Payload handle(Payload event, Context context) throws Throwable {
        ByteArrayOutputStream written = new ByteArrayOutputStream(output == null ? 1024 : 0);
        Object[] args = new Object[params.size()];
        for (int i = 0; i < args.length; i++) {
            args[i] = switch (params.get(i)) {
                case EVENT -> input.decode(event);
                case INPUT_STREAM -> new ByteArrayInputStream(event.bytes());
                case OUTPUT_STREAM -> written;
                case CONTEXT -> context;
            };
        }
        Object result;
        try {
            result = method.invoke(instance, args);
        } catch (InvocationTargetException e) {
            throw e.getCause() == null ? e : e.getCause();
        }
        return output == null ? new Payload(written.toByteArray()) : output.encode(result);
    }
}
