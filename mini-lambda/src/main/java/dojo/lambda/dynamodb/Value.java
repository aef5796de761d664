package dojo.lambda.dynamodb;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One attribute value of DynamoDB's data model, in the ten types the wire names: scalars
 * {@code S N B BOOL NULL}, sets {@code SS NS BS} and documents {@code L M}. Numbers are held in
 * canonical form (see {@link Numbers}) so equal numbers are equal values.
 */
sealed interface Value {
    /** The type descriptor as the wire and {@code attribute_type} name it. */
    String type();

    record S(String s) implements Value {
        public S {
            Objects.requireNonNull(s, "s");
        }

        public String type() {
            return "S";
        }
    }

    record N(BigDecimal n) implements Value {
        public N {
            n = Numbers.check(n);
        }

        public String type() {
            return "N";
        }
    }

    record B(Bytes b) implements Value {
        public B {
            Objects.requireNonNull(b, "b");
        }

        public String type() {
            return "B";
        }
    }

    record Bool(boolean b) implements Value {
        public String type() {
            return "BOOL";
        }
    }

    record Null() implements Value {
        public String type() {
            return "NULL";
        }
    }

    record SS(Set<String> values) implements Value {
        public SS {
            values = Collections.unmodifiableSet(new LinkedHashSet<>(values));
        }

        public String type() {
            return "SS";
        }
    }

    record NS(Set<BigDecimal> values) implements Value {
        public NS {
            LinkedHashSet<BigDecimal> canonical = new LinkedHashSet<>();
            values.forEach(v -> canonical.add(Numbers.check(v)));
            values = Collections.unmodifiableSet(canonical);
        }

        public String type() {
            return "NS";
        }
    }

    record BS(Set<Bytes> values) implements Value {
        public BS {
            values = Collections.unmodifiableSet(new LinkedHashSet<>(values));
        }

        public String type() {
            return "BS";
        }
    }

    record L(List<Value> values) implements Value {
        public L {
            values = List.copyOf(values);
        }

        public String type() {
            return "L";
        }
    }

    record M(Map<String, Value> values) implements Value {
        public M {
            values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        }

        public String type() {
            return "M";
        }
    }

    /** Whether this is a set type, which ADD and DELETE work on. */
    default boolean isSet() {
        return this instanceof SS || this instanceof NS || this instanceof BS;
    }
}
