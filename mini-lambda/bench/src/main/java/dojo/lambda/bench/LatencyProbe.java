package dojo.lambda.bench;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The function QueueBenchmark deploys: for each message, how long after SentTimestamp the handler
 * got it, sent to the queue named by REPLY_QUEUE with an SqsClient built from the environment.
 */
public class LatencyProbe implements RequestHandler<SQSEvent, Void> {
    private static final SqsClient SQS = SqsClient.builder().httpClient(UrlConnectionHttpClient.create()).build();
    private static String replyUrl;

    @Override
    public Void handleRequest(SQSEvent event, Context context) {
        long now = System.currentTimeMillis();
        if (replyUrl == null) {
            replyUrl = SQS.getQueueUrl(b -> b.queueName(System.getenv("REPLY_QUEUE"))).queueUrl();
        }
        for (SQSEvent.SQSMessage m : event.getRecords()) {
            long latency = now - Long.parseLong(m.getAttributes().get("SentTimestamp"));
            SQS.sendMessage(b -> b.queueUrl(replyUrl).messageBody(latency + " " + m.getMessageId()));
        }
        return null;
    }
}
