package dojo.lambda.runtime;

import java.lang.reflect.Type;

/** For {@code void}/{@code Void}: the handler gets null and the response is JSON {@code null}, as on AWS. */
record NullCodec(Type type) implements PayloadCodec {
    @Override
    public Object decode(Payload event) {
        return null;
    }

    @Override
    public Payload encode(Object value) {
        return Payload.JSON_NULL;
    }
}
