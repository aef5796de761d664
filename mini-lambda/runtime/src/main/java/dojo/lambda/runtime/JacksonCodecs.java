package dojo.lambda.runtime;

import com.amazonaws.services.lambda.runtime.CustomPojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.amazonaws.services.lambda.runtime.serialization.factories.JacksonFactory;
import java.lang.reflect.Type;
import java.util.Iterator;
import java.util.ServiceLoader;

/**
 * Picks a serializer the way AWS's Java runtime does: a {@link CustomPojoSerializer} registered in
 * the function's {@code META-INF/services} wins; aws-lambda-java-events classes get
 * {@link LambdaEventSerializers} (with AWS's field-name mixins); everything else gets
 * {@link JacksonFactory}. This is the only class that touches the serialization library, so
 * handlers of strings and numbers never load Jackson.
 */
final class JacksonCodecs {
    private static final String EVENTS_PACKAGE = "com.amazonaws.services.lambda.runtime.events.";

    private JacksonCodecs() {}

    static PayloadCodec forType(Type type, ClassLoader loader) {
        CustomPojoSerializer custom = customSerializer(loader);
        if (custom != null) {
            return new CustomCodec(custom, type);
        }
        return new SerializerCodec(serializer(type, loader), type);
    }

    @SuppressWarnings("unchecked")
    private static PojoSerializer<Object> serializer(Type type, ClassLoader loader) {
        if (type instanceof Class<?> c && c.getName().startsWith(EVENTS_PACKAGE)
                && LambdaEventSerializers.isLambdaSupportedEvent(c.getName())) {
            return LambdaEventSerializers.serializerFor((Class<Object>) c, loader);
        }
        return JacksonFactory.getInstance().getSerializer(type);
    }

    private static CustomPojoSerializer customSerializer(ClassLoader loader) {
        String service = "META-INF/services/" + CustomPojoSerializer.class.getName();
        if (loader.getResource(service) == null) {
            return null;
        }
        Iterator<CustomPojoSerializer> found = ServiceLoader.load(CustomPojoSerializer.class, loader).iterator();
        CustomPojoSerializer first = found.next();
        if (found.hasNext()) {
            throw new FunctionError(FunctionErrorType.BAD_FUNCTION_CODE.header(),
                    "Expected one CustomPojoSerializer in " + service + " but found several. Register only one.");
        }
        return first;
    }
}
