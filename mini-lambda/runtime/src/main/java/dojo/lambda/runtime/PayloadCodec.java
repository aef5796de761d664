package dojo.lambda.runtime;

import java.lang.reflect.Type;

/**
 * Turns event JSON into the handler's input type and the handler's result into response JSON.
 * Failures are {@link FunctionError}s that name the expected type and what was found.
 */
interface PayloadCodec {
    Object decode(Payload event);

    Payload encode(Object value);

    /** The Java type this codec reads and writes, for messages. */
    Type type();
}
