package dojo.lambda.sqs;

/**
 * SQS's error shapes as the JSON protocol names them ({@code __type}), with the query-protocol
 * code AWS sends in {@code x-amzn-query-error} (the SDKs read it for the error code) and the HTTP
 * status. Names and codes are AWS's, so the AWS SDKs raise their typed exceptions.
 */
enum SqsError {
    QueueDoesNotExist("AWS.SimpleQueueService.NonExistentQueue", 400),
    QueueNameExists("QueueAlreadyExists", 400),
    QueueDeletedRecently("AWS.SimpleQueueService.QueueDeletedRecently", 400),
    PurgeQueueInProgress("AWS.SimpleQueueService.PurgeQueueInProgress", 403),
    ReceiptHandleIsInvalid("ReceiptHandleIsInvalid", 404),
    MessageNotInflight("AWS.SimpleQueueService.MessageNotInflight", 400),
    BatchEntryIdsNotDistinct("AWS.SimpleQueueService.BatchEntryIdsNotDistinct", 400),
    EmptyBatchRequest("AWS.SimpleQueueService.EmptyBatchRequest", 400),
    InvalidBatchEntryId("AWS.SimpleQueueService.InvalidBatchEntryId", 400),
    TooManyEntriesInBatchRequest("AWS.SimpleQueueService.TooManyEntriesInBatchRequest", 400),
    BatchRequestTooLong("AWS.SimpleQueueService.BatchRequestTooLong", 400),
    UnsupportedOperation("AWS.SimpleQueueService.UnsupportedOperation", 400),
    InvalidAddress("InvalidAddress", 404),
    InvalidAttributeName("InvalidAttributeName", 400),
    InvalidAttributeValue("InvalidAttributeValue", 400),
    InvalidMessageContents("InvalidMessageContents", 400),
    InvalidParameterValueException("InvalidParameterValue", 400),
    MissingRequiredParameterException("MissingParameter", 400),
    UnknownOperationException("InvalidAction", 400),
    InvalidSignatureException("SignatureDoesNotMatch", 403),
    IncompleteSignatureException("IncompleteSignature", 403),
    MissingAuthenticationTokenException("MissingAuthenticationToken", 403),
    UnrecognizedClientException("InvalidClientTokenId", 403),
    InternalFailure("InternalFailure", 500);

    private final String queryCode;
    private final int status;

    SqsError(String queryCode, int status) {
        this.queryCode = queryCode;
        this.status = status;
    }

    /** The JSON protocol's {@code __type}: the shape id, in the coral namespace for protocol-level errors. */
    String type() {
        return switch (this) {
            case UnknownOperationException, InvalidSignatureException, IncompleteSignatureException,
                    MissingAuthenticationTokenException, UnrecognizedClientException, InternalFailure ->
                    "com.amazon.coral.service#" + name();
            default -> "com.amazonaws.sqs#" + name();
        };
    }

    /** The {@code x-amzn-query-error} header: code and fault ({@code Sender} or {@code Receiver}). */
    String queryError() {
        return queryCode + (status >= 500 ? ";Receiver" : ";Sender");
    }

    int status() {
        return status;
    }
}
