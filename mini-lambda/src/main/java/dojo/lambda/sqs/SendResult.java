package dojo.lambda.sqs;

/** What SendMessage answers: the message's id, FIFO sequence number and the checksums of what was sent. */
record SendResult(String messageId, String sequenceNumber, String md5OfBody, String md5OfAttributes, String md5OfSystemAttributes) {}
