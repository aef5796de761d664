package dojo.lambda.runtime;

import com.amazonaws.services.lambda.runtime.Context;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Type;

/** What the runtime passes for one parameter of a {@code Class::method} handler. */
enum ParamKind {
    EVENT,
    INPUT_STREAM,
    OUTPUT_STREAM,
    CONTEXT;

    static ParamKind of(Type type) {
        if (type == InputStream.class) {
            return INPUT_STREAM;
        }
        if (type == OutputStream.class) {
            return OUTPUT_STREAM;
        }
        return type == Context.class ? CONTEXT : EVENT;
    }
}
