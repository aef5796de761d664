package dojo.lambda.runtime;

import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.util.HashMap;
import java.util.Map;

/**
 * Resolves generic types as seen from a concrete handler class, so that
 * {@code class Hello extends Base<Order>} with {@code Base<T> implements RequestHandler<T, String>}
 * yields {@code Order} and {@code String}.
 */
final class TypeResolver {
    private final Map<TypeVariable<?>, Type> bindings = new HashMap<>();
    private final Class<?> concrete;

    TypeResolver(Class<?> concrete) {
        this.concrete = concrete;
        bind(concrete);
    }

    /** Type arguments with which the concrete class implements {@code target}, resolved; null if it does not. */
    Type[] typeArgumentsOf(Class<?> target) {
        if (!target.isAssignableFrom(concrete)) {
            return null;
        }
        TypeVariable<?>[] variables = target.getTypeParameters();
        Type[] resolved = new Type[variables.length];
        for (int i = 0; i < variables.length; i++) {
            resolved[i] = resolve(variables[i]);
        }
        return resolved;
    }

    /** Replaces every type variable bound somewhere in the concrete class's hierarchy. */
    Type resolve(Type type) {
        if (type instanceof TypeVariable<?> variable) {
            Type bound = bindings.get(variable);
            return bound == null || bound.equals(variable) ? variable : resolve(bound);
        }
        if (type instanceof ParameterizedType parameterized) {
            Type[] arguments = parameterized.getActualTypeArguments();
            Type[] resolved = new Type[arguments.length];
            boolean changed = false;
            for (int i = 0; i < arguments.length; i++) {
                resolved[i] = resolve(arguments[i]);
                changed |= resolved[i] != arguments[i];
            }
            return changed ? new ResolvedParameterizedType(parameterized, resolved) : parameterized;
        }
        if (type instanceof GenericArrayType array) {
            Type component = resolve(array.getGenericComponentType());
            return component instanceof Class<?> c ? c.arrayType() : type;
        }
        return type;
    }

    private void bind(Type type) {
        Class<?> raw = rawClass(type);
        if (raw == null) {
            return;
        }
        if (type instanceof ParameterizedType parameterized) {
            TypeVariable<?>[] variables = raw.getTypeParameters();
            Type[] arguments = parameterized.getActualTypeArguments();
            for (int i = 0; i < variables.length && i < arguments.length; i++) {
                bindings.putIfAbsent(variables[i], arguments[i]);
            }
        }
        for (Type parent : raw.getGenericInterfaces()) {
            bind(parent);
        }
        if (raw.getGenericSuperclass() != null) {
            bind(raw.getGenericSuperclass());
        }
    }

    static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType parameterized && parameterized.getRawType() instanceof Class<?> c) {
            return c;
        }
        return null;
    }
}
