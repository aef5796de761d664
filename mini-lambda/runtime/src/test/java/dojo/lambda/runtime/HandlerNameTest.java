package dojo.lambda.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HandlerNameTest {
    @Test
    void readsClassAndMethod() {
        assertThat(HandlerName.parse("example.Hello::handleRequest"))
                .isEqualTo(new HandlerName("example.Hello", "handleRequest"));
    }

    @Test
    void readsAClassAlone() {
        HandlerName name = HandlerName.parse(" example.Hello ");

        assertThat(name.className()).isEqualTo("example.Hello");
        assertThat(name.namesMethod()).isFalse();
    }

    @Test
    void rejectsAnEmptyMethodWithTheExpectedForm() {
        assertThatThrownBy(() -> HandlerName.parse("example.Hello::"))
                .isInstanceOf(FunctionError.class)
                .hasMessage("Invalid handler 'example.Hello::'. Expected 'package.Class' or 'package.Class::method', "
                        + "for example 'example.Hello::handleRequest'.");
    }

    @Test
    void rejectsAMissingHandler() {
        assertThatThrownBy(() -> HandlerName.parse(null))
                .hasMessageStartingWith("Invalid handler ''.");
    }
}
