package dojo.lambda.runtime;

import java.lang.reflect.Type;
import java.net.URLClassLoader;

/** Chooses the codec for a handler's input or output type. */
final class PayloadCodecs {
    private static final String CUSTOM_SERIALIZER_SERVICE =
            "META-INF/services/com.amazonaws.services.lambda.runtime.CustomPojoSerializer";

    private PayloadCodecs() {}

    /**
     * Void types need no JSON; strings, booleans and whole numbers use the built-in fast path
     * unless the function registers its own serializer; everything else uses Jackson as AWS does.
     */
    static PayloadCodec forType(Type type, ClassLoader loader) {
        if (type == void.class || type == Void.class) {
            return new NullCodec(type);
        }
        if (type instanceof Class<?> c && ScalarCodec.handles(c) && !registersCustomSerializer(loader)) {
            return new ScalarCodec(c, loader);
        }
        return JacksonCodecs.forType(type, loader);
    }

    /** Looks in the function's own code only; asking the parent would open the JDK's module image. */
    private static boolean registersCustomSerializer(ClassLoader loader) {
        return loader instanceof URLClassLoader function
                ? function.findResource(CUSTOM_SERIALIZER_SERVICE) != null
                : loader.getResource(CUSTOM_SERIALIZER_SERVICE) != null;
    }
}
