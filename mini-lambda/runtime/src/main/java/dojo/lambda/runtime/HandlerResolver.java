package dojo.lambda.runtime;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.File;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.util.List;

/**
 * Turns the {@code _HANDLER} setting into a {@link LambdaHandler} during INIT: loads and
 * initialises the class, creates the instance, and prepares the input and output codecs, so that
 * every learner fault in the setting or the code shows up before the first event.
 */
final class HandlerResolver {
    private final ClassLoader loader;
    private final File taskRoot;

    HandlerResolver(ClassLoader loader, File taskRoot) {
        this.loader = loader;
        this.taskRoot = taskRoot;
    }

    LambdaHandler resolve(String setting) {
        HandlerName name = HandlerName.parse(setting);
        Class<?> handlerClass = HandlerClasses.load(name.className(), loader, taskRoot);
        try {
            return name.namesMethod() ? methodHandler(handlerClass, name.methodName()) : classHandler(handlerClass);
        } catch (NoClassDefFoundError e) {
            throw new FunctionError(ErrorReport.of(e));
        }
    }

    private LambdaHandler classHandler(Class<?> handlerClass) {
        if (RequestStreamHandler.class.isAssignableFrom(handlerClass)) {
            return new StreamHandlerAdapter((RequestStreamHandler) HandlerInstances.create(handlerClass));
        }
        if (!RequestHandler.class.isAssignableFrom(handlerClass)) {
            throw new FunctionError(FunctionErrorType.BAD_FUNCTION_CODE.header(), "Class '" + handlerClass.getName()
                    + "' does not implement RequestHandler or RequestStreamHandler. Implement one of them, "
                    + "or name a method in the handler setting, for example '" + handlerClass.getName() + "::handleRequest'.");
        }
        Type[] types = new TypeResolver(handlerClass).typeArgumentsOf(RequestHandler.class);
        Type input = concrete(handlerClass, types[0]);
        Type output = concrete(handlerClass, types[1]);
        @SuppressWarnings("unchecked")
        RequestHandler<Object, Object> instance = (RequestHandler<Object, Object>) HandlerInstances.create(handlerClass);
        return new RequestHandlerAdapter(instance, codec(input), codec(output));
    }

    private LambdaHandler methodHandler(Class<?> handlerClass, String methodName) {
        MethodSelector.Selection selection = MethodSelector.select(handlerClass, methodName);
        Method method = selection.method();
        method.setAccessible(true);
        Object instance = Modifier.isStatic(method.getModifiers()) ? null : HandlerInstances.create(handlerClass);
        TypeResolver types = new TypeResolver(handlerClass);
        List<ParamKind> params = selection.params();
        boolean streamShaped = params.contains(ParamKind.INPUT_STREAM) || params.contains(ParamKind.OUTPUT_STREAM);
        PayloadCodec input = null;
        int eventIndex = params.indexOf(ParamKind.EVENT);
        if (eventIndex >= 0) {
            input = codec(types.resolve(method.getGenericParameterTypes()[eventIndex]));
        }
        PayloadCodec output = streamShaped ? null : codec(types.resolve(method.getGenericReturnType()));
        return new MethodHandlerAdapter(method, instance, params, input, output);
    }

    private PayloadCodec codec(Type type) {
        try {
            return PayloadCodecs.forType(type, loader);
        } catch (FunctionError e) {
            throw e;
        } catch (RuntimeException | LinkageError e) {
            throw new FunctionError(new ErrorReport("Could not prepare JSON serialization for " + type.getTypeName()
                    + ": " + CodecFailures.reason(e) + ". Check that the deployment package contains the libraries "
                    + "this type needs (for aws-lambda-java-events, also joda-time) in lib/*.jar.",
                    e.getClass().getName(), java.util.List.of()));
        }
    }

    /** A resolved type argument; a bare type variable is accepted only with a bound, as on AWS. */
    private static Type concrete(Class<?> handlerClass, Type type) {
        if (type instanceof TypeVariable<?> variable) {
            Type bound = variable.getBounds()[0];
            if (bound == Object.class) {
                throw new FunctionError(FunctionErrorType.BAD_FUNCTION_CODE.header(), "Class '" + handlerClass.getName()
                        + "' implements RequestHandler without concrete type arguments (found '" + variable.getName()
                        + "'). Declare them, for example 'implements RequestHandler<Map<String, Object>, String>'.");
            }
            return bound;
        }
        return type;
    }
}
