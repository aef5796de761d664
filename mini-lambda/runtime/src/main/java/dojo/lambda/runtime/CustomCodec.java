package dojo.lambda.runtime;

import com.amazonaws.services.lambda.runtime.CustomPojoSerializer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Type;

/** A codec over the function's own {@link CustomPojoSerializer}. */
record CustomCodec(CustomPojoSerializer serializer, Type type) implements PayloadCodec {
    @Override
    public Object decode(Payload event) {
        try {
            return serializer.fromJson(new ByteArrayInputStream(event.bytes()), type);
        } catch (RuntimeException e) {
            throw CodecFailures.decoding(type, event, e);
        }
    }

    @Override
    public Payload encode(Object value) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(256);
            serializer.toJson(value, out, type);
            return new Payload(out.toByteArray());
        } catch (RuntimeException e) {
            throw CodecFailures.encoding(type, value, e);
        }
    }
}
