package dojo.lambda.sqs;

/** GetQueueAttributes' ApproximateNumberOfMessages (visible), ...NotVisible (in flight) and ...Delayed. */
record QueueCounts(int visible, int notVisible, int delayed) {}
