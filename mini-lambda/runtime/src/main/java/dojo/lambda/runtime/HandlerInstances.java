package dojo.lambda.runtime;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;

/** Creates the one handler instance an environment keeps, with AWS's rules and clearer messages. */
final class HandlerInstances {
    private HandlerInstances() {}

    static Object create(Class<?> handlerClass) {
        Constructor<?> constructor;
        try {
            constructor = handlerClass.getConstructor();
        } catch (NoSuchMethodException e) {
            throw new FunctionError("java.lang.NoSuchMethodException", missingConstructor(handlerClass));
        }
        if (Modifier.isAbstract(handlerClass.getModifiers())) {
            throw new FunctionError(FunctionErrorType.BAD_FUNCTION_CODE.header(),
                    "Class '" + handlerClass.getName() + "' is abstract, so the runtime cannot create it. "
                            + "Name a concrete class in the handler setting.");
        }
        try {
            constructor.setAccessible(true);
            return constructor.newInstance();
        } catch (InvocationTargetException e) {
            throw new FunctionError(ErrorReport.of(e.getCause() == null ? e : e.getCause()));
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new FunctionError(ErrorReport.of(e));
        }
    }

    private static String missingConstructor(Class<?> handlerClass) {
        if (handlerClass.getEnclosingClass() != null && !Modifier.isStatic(handlerClass.getModifiers())) {
            return "Class '" + handlerClass.getName() + "' is a non-static inner class, so the runtime cannot create it. "
                    + "Declare it 'static' or move it to its own file.";
        }
        return "Class '" + handlerClass.getName() + "' has no public zero-argument constructor. Add 'public "
                + handlerClass.getSimpleName() + "() {}' or make the handler method static.";
    }
}
