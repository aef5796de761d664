package dojo.lambda.runtime;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * Picks the overload of a {@code Class::method} handler as AWS's Java runtime does: public methods
 * of that name, non-bridge first, longer signatures first (a trailing Context counts one extra),
 * the first whose parameters are one of (), (E), (Context), (E, Context), (InputStream),
 * (OutputStream), (InputStream, OutputStream), (InputStream, Context), (OutputStream, Context) or
 * (InputStream, OutputStream, Context).
 */
final class MethodSelector {
    private MethodSelector() {}

    record Selection(Method method, List<ParamKind> params) {}

    static Selection select(Class<?> handlerClass, String name) {
        List<Method> candidates = new ArrayList<>();
        for (Method method : handlerClass.getMethods()) {
            if (method.getName().equals(name)) {
                candidates.add(method);
            }
        }
        if (candidates.isEmpty()) {
            throw new FunctionError("java.lang.NoSuchMethodException", missingMessage(handlerClass, name));
        }
        Method[] ordered = candidates.toArray(new Method[0]);
        Arrays.sort(ordered, new Priority());
        for (Method method : ordered) {
            List<ParamKind> params = shape(method.getGenericParameterTypes());
            if (params != null) {
                return new Selection(method, params);
            }
        }
        List<String> found = new ArrayList<>();
        for (Method method : candidates) {
            found.add(signature(method));
        }
        throw new FunctionError(FunctionErrorType.BAD_FUNCTION_CODE.header(),
                "Method '" + name + "' in class '" + handlerClass.getName() + "' has no signature the runtime can call. "
                        + "Found: " + found + ". Use " + name + "(InputType input, Context context), "
                        + name + "(InputType input) or " + name + "(InputStream in, OutputStream out, Context context).");
    }

    /** Parameter kinds when the signature is one AWS accepts, else null. */
    static List<ParamKind> shape(Type[] types) {
        List<ParamKind> kinds = new ArrayList<>(types.length);
        for (Type type : types) {
            kinds.add(ParamKind.of(type));
        }
        boolean accepted = switch (kinds.size()) {
            case 0, 1 -> true;
            case 2 -> {
                ParamKind first = kinds.get(0);
                ParamKind second = kinds.get(1);
                yield (first == ParamKind.INPUT_STREAM && second == ParamKind.OUTPUT_STREAM)
                        || (first != ParamKind.CONTEXT && second == ParamKind.CONTEXT);
            }
            case 3 -> kinds.equals(List.of(ParamKind.INPUT_STREAM, ParamKind.OUTPUT_STREAM, ParamKind.CONTEXT));
            default -> false;
        };
        return accepted ? kinds : null;
    }

    private static String missingMessage(Class<?> handlerClass, String name) {
        TreeSet<String> available = new TreeSet<>();
        boolean hidden = false;
        for (Class<?> c = handlerClass; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Method method : c.getDeclaredMethods()) {
                if (method.isSynthetic() || method.isBridge()) {
                    continue;
                }
                if (Modifier.isPublic(method.getModifiers())) {
                    available.add(method.getName());
                } else if (method.getName().equals(name)) {
                    hidden = true;
                }
            }
        }
        String message = "Method '" + name + "' not found in class '" + handlerClass.getName() + "'. Available: "
                + available;
        return hidden ? message + ". A method named '" + name + "' exists but is not public: make it public." : message;
    }

    private static String signature(Method method) {
        StringBuilder text = new StringBuilder(method.getName()).append('(');
        Class<?>[] types = method.getParameterTypes();
        for (int i = 0; i < types.length; i++) {
            text.append(i == 0 ? "" : ", ").append(types[i].getSimpleName());
        }
        return text.append(')').toString();
    }

    private static final class Priority implements Comparator<Method> {
        @Override
        public int compare(Method left, Method right) {
            if (left.isBridge() != right.isBridge()) {
                return left.isBridge() ? 1 : -1;
            }
            return Integer.compare(weight(right), weight(left));
        }

        private static int weight(Method method) {
            Class<?>[] params = method.getParameterTypes();
            boolean endsWithContext = params.length > 0
                    && params[params.length - 1] == com.amazonaws.services.lambda.runtime.Context.class;
            return params.length + (endsWithContext ? 1 : 0);
        }
    }
}
