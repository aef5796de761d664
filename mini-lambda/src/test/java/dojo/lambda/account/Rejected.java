package dojo.lambda.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dojo.lambda.api.ApiException;
import dojo.lambda.api.ErrorType;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Asserts an AWS-shaped rejection: error type and exact message. */
final class Rejected {
    private Rejected() {}

    static void assertRejected(ThrowingCallable call, ErrorType type, String message) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.getMessage()).isEqualTo(message);
            assertThat(e.type()).isEqualTo(type);
        });
    }
}
