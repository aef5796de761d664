package dojo.lambda.env;

import java.util.Objects;

/**
 * What the runtime inside an environment answered for one invocation.
 *
 * @param errorType the {@code Lambda-Runtime-Function-Error-Type} header of an error, else null
 */
record RuntimeReply(Kind kind, byte[] body, String errorType) {
    enum Kind {
        RESPONSE,
        ERROR,
        RESPONSE_TOO_LARGE
    }

    RuntimeReply {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(body, "body");
    }
}
