package dojo.lambda.runtime;

import com.amazonaws.services.lambda.runtime.Context;

/**
 * A resolved handler: event bytes in, response bytes out. Whatever the learner's code throws
 * comes out unchanged (unwrapped from reflection); the runtime's own detected faults come out as
 * {@link FunctionError}.
 */
interface LambdaHandler {
    Payload handle(Payload event, Context context) throws Throwable;
}
