package dojo.lambda.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import fixtures.GenericOrderHandler;
import fixtures.Hello;
import fixtures.Order;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TypeResolverTest {
    interface Mapper<A> extends RequestHandler<List<A>, Map<String, A>> {}

    static class ListHandler implements Mapper<Order> {
        @Override
        public Map<String, Order> handleRequest(List<Order> input, Context context) {
            return Map.of();
        }
    }

    @Test
    void readsTypeArgumentsDeclaredDirectly() {
        assertThat(new TypeResolver(Hello.class).typeArgumentsOf(RequestHandler.class))
                .containsExactly(String.class, String.class);
    }

    @Test
    void resolvesTypeArgumentsFixedBySubclassOfAGenericBase() {
        assertThat(new TypeResolver(GenericOrderHandler.class).typeArgumentsOf(RequestHandler.class))
                .containsExactly(Order.class, String.class);
    }

    @Test
    void resolvesTypeVariablesInsideParameterizedTypesThroughInterfaces() {
        Type[] types = new TypeResolver(ListHandler.class).typeArgumentsOf(RequestHandler.class);

        assertThat(types[0].getTypeName()).isEqualTo("java.util.List<fixtures.Order>");
        assertThat(types[1].getTypeName()).isEqualTo("java.util.Map<java.lang.String, fixtures.Order>");
    }

    @Test
    void answersNullForAnInterfaceTheClassDoesNotImplement() {
        assertThat(new TypeResolver(Order.class).typeArgumentsOf(RequestHandler.class)).isNull();
    }
}
