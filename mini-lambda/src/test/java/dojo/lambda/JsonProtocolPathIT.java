package dojo.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * AWS JSON-protocol calls (SQS, DynamoDB) answered in front of the web framework behave exactly as
 * through it: the services' own error shapes, request ids, limits, long polls, and everything else
 * still reaching the framework.
 */
class JsonProtocolPathIT {
    private static final String JSON_10 = "application/x-amz-json-1.0";

    @TempDir
    Path data;

    @Test
    void jsonProtocolCallsGetTheServicesAnswersWithRequestIdsAndChecksums() throws Exception {
        try (TestEngine t = TestEngine.start(data)) {
            SignedHttp http = new SignedHttp(t.engine.endpoint());
            HttpResponse<String> created = http.exchange("POST", "dynamodb", "/", "{\"TableName\":\"orders\",\"AttributeDefinitions\":"
                    + "[{\"AttributeName\":\"id\",\"AttributeType\":\"S\"}],\"KeySchema\":[{\"AttributeName\":\"id\",\"KeyType\":\"HASH\"}],"
                    + "\"BillingMode\":\"PAY_PER_REQUEST\"}", Map.of("Content-Type", JSON_10, "X-Amz-Target", "DynamoDB_20120810.CreateTable"));
            assertThat(created.statusCode()).isEqualTo(200);
            assertThat(created.body()).contains("\"TableName\":\"orders\"");
            assertThat(created.headers().firstValue("x-amzn-RequestId")).hasValueSatisfying(id -> assertThat(id).hasSize(36));
            assertThat(created.headers().firstValue("x-amz-crc32")).isPresent();
            assertThat(created.headers().firstValue("Content-Type")).hasValue(JSON_10);

            HttpResponse<String> unknown = http.exchange("POST", "dynamodb", "/", "{}",
                    Map.of("Content-Type", JSON_10, "X-Amz-Target", "DynamoDB_20120810.RestoreTableFromBackup"));
            assertThat(unknown.statusCode()).isEqualTo(400);
            assertThat(unknown.body()).contains("UnknownOperationException").contains("RestoreTableFromBackup");

            HttpResponse<String> notJson = http.exchange("POST", "sqs", "/", "{not json",
                    Map.of("Content-Type", JSON_10, "X-Amz-Target", "AmazonSQS.CreateQueue"));
            assertThat(notJson.statusCode()).isEqualTo(400);
            assertThat(notJson.body()).contains("InvalidParameterValue").contains("not a JSON object");
        }
    }

    @Test
    void aBadSignatureIsAnsweredInTheTargetServicesShape() throws Exception {
        try (TestEngine t = TestEngine.start(data)) {
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(t.engine.endpoint() + "/"))
                    .header("Content-Type", JSON_10).header("X-Amz-Target", "DynamoDB_20120810.ListTables")
                    .header("X-Amz-Date", "20261123T100000Z")
                    .header("Authorization", "AWS4-HMAC-SHA256 Credential=test/20261123/us-east-1/dynamodb/aws4_request, "
                            + "SignedHeaders=host;x-amz-date, Signature=" + "0".repeat(64))
                    .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(400);
            assertThat(r.body()).contains("\"__type\":\"com.amazon.coral.service#");
            assertThat(r.headers().firstValue("x-amzn-RequestId")).isPresent();
        }
    }

    @Test
    void aBodyOverTheLimitIsRefusedWithA413ThatSaysWhatToDo() throws Exception {
        try (TestEngine t = TestEngine.start(data)) {
            String huge = "{\"TableName\":\"" + "x".repeat(17 * 1024 * 1024) + "\"}";
            HttpResponse<String> r = new SignedHttp(t.engine.endpoint()).exchange("POST", "dynamodb", "/", huge,
                    Map.of("Content-Type", JSON_10, "X-Amz-Target", "DynamoDB_20120810.DescribeTable"));
            assertThat(r.statusCode()).isEqualTo(413);
            assertThat(r.body()).contains("larger than").contains("Send smaller requests");

            // the same without a Content-Length: chunked, so the limit is met while reading
            HttpRequest signed = new SignedHttp(t.engine.endpoint()).request("POST", "dynamodb", "/", huge,
                    Map.of("Content-Type", JSON_10, "X-Amz-Target", "DynamoDB_20120810.DescribeTable"));
            HttpRequest chunked = HttpRequest.newBuilder(signed, (name, value) -> true)
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(
                            huge.getBytes(java.nio.charset.StandardCharsets.UTF_8)))).build();
            HttpResponse<String> streamed = HttpClient.newHttpClient().send(chunked, HttpResponse.BodyHandlers.ofString());
            assertThat(streamed.statusCode()).isEqualTo(413);
            assertThat(streamed.body()).contains("larger than");
        }
    }

    @Test
    void aLongPollIsAnsweredWhenAMessageArrivesWithoutHoldingTheOtherCalls() throws Exception {
        try (TestEngine t = TestEngine.start(data)) {
            SignedHttp http = new SignedHttp(t.engine.endpoint());
            Map<String, String> create = Map.of("Content-Type", JSON_10, "X-Amz-Target", "AmazonSQS.CreateQueue");
            String url = http.exchange("POST", "sqs", "/", "{\"QueueName\":\"jobs\"}", create).body()
                    .replaceAll(".*\"QueueUrl\":\"([^\"]+)\".*", "$1");
            var poll = HttpClient.newHttpClient().sendAsync(http.request("POST", "sqs", "/", "{\"QueueUrl\":\"" + url
                    + "\",\"WaitTimeSeconds\":10}", Map.of("Content-Type", JSON_10, "X-Amz-Target", "AmazonSQS.ReceiveMessage")),
                    HttpResponse.BodyHandlers.ofString());
            Thread.sleep(300);
            assertThat(poll).isNotDone();
            HttpResponse<String> sent = http.exchange("POST", "sqs", "/", "{\"QueueUrl\":\"" + url + "\",\"MessageBody\":\"hello\"}",
                    Map.of("Content-Type", JSON_10, "X-Amz-Target", "AmazonSQS.SendMessage"));
            assertThat(sent.statusCode()).isEqualTo(200);
            HttpResponse<String> received = poll.get(5, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(received.statusCode()).isEqualTo(200);
            assertThat(received.body()).contains("\"Body\":\"hello\"");
        }
    }

    @Test
    void callsThatAreNotJsonProtocolStillReachTheServiceThroughTheFramework() throws Exception {
        try (TestEngine t = TestEngine.start(data)) {
            SignedHttp http = new SignedHttp(t.engine.endpoint());
            HttpResponse<String> query = http.exchange("POST", "sqs", "/", "Action=ListQueues&Version=2012-11-05",
                    Map.of("Content-Type", "application/x-www-form-urlencoded"));
            assertThat(query.statusCode()).isEqualTo(400);
            assertThat(query.body()).startsWith("<?xml").contains("speaks SQS's JSON protocol");

            HttpResponse<String> get = http.exchange("GET", "dynamodb", "/", "", Map.of("X-Amz-Target", "DynamoDB_20120810.ListTables"));
            assertThat(get.statusCode()).isEqualTo(400);
            assertThat(get.body()).contains("UnknownOperationException").contains("found GET /");

            assertThat(http.send("GET", "lambda", "/2015-03-31/functions", "")).startsWith("200");
        }
    }
}
