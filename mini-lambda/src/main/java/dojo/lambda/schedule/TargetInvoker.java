package dojo.lambda.schedule;

/** Hands one event to a rule's target; in the engine, an asynchronous Lambda invocation. */
interface TargetInvoker {
    void invoke(String accountId, String targetArn, byte[] event);
}
