package dojo.lambda.runtime;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.Objects;

/** A parameterized type whose arguments were substituted by {@link TypeResolver}. */
final class ResolvedParameterizedType implements ParameterizedType {
    private final ParameterizedType original;
    private final Type[] arguments;

    ResolvedParameterizedType(ParameterizedType original, Type[] arguments) {
        this.original = original;
        this.arguments = arguments.clone();
    }

    @Override
    public Type[] getActualTypeArguments() {
        return arguments.clone();
    }

    @Override
    public Type getRawType() {
        return original.getRawType();
    }

    @Override
    public Type getOwnerType() {
        return original.getOwnerType();
    }

    @Override
    public String getTypeName() {
        StringBuilder name = new StringBuilder(getRawType().getTypeName()).append('<');
        for (int i = 0; i < arguments.length; i++) {
            name.append(i == 0 ? "" : ", ").append(arguments[i].getTypeName());
        }
        return name.append('>').toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ParameterizedType p
                && getRawType().equals(p.getRawType())
                && Objects.equals(getOwnerType(), p.getOwnerType())
                && Arrays.equals(arguments, p.getActualTypeArguments());
    }

    @Override
    public int hashCode() {
        // same formula as the JDK's own ParameterizedTypeImpl, so equal types hash alike in caches
        return Arrays.hashCode(arguments) ^ Objects.hashCode(getOwnerType()) ^ getRawType().hashCode();
    }

    @Override
    public String toString() {
        return getTypeName();
    }
}
