package dojo.lambda.s3;

import dojo.lambda.api.ApiException;
import dojo.lambda.function.FunctionRegistry;

/** Put/GetBucketNotificationConfiguration; the functions named must exist, as S3 checks it. */
final class NotificationOperations {
    private final BucketRegistry buckets;
    private final FunctionRegistry functions;

    NotificationOperations(BucketRegistry buckets, FunctionRegistry functions) {
        this.buckets = buckets;
        this.functions = functions;
    }

    void put(S3Call call) {
        Bucket bucket = buckets.owned(call.accountId(), call.bucket());
        NotificationConfiguration config = NotificationXml.parse(call.ctx().bodyAsBytes());
        NotificationRules.check(config);
        if (!"true".equalsIgnoreCase(call.header("x-amz-skip-destination-validation"))) {
            for (FunctionTarget t : config.functions()) {
                checkDestination(call.accountId(), t.functionArn());
            }
        }
        bucket.update(bucket.state().withNotification(config));
        S3Response.empty(call.ctx(), 200);
    }

    void get(S3Call call) {
        Bucket bucket = buckets.owned(call.accountId(), call.bucket());
        S3Response.xml(call.ctx(), 200, NotificationXml.write(bucket.state().notification()));
    }

    private void checkDestination(String accountId, String arn) {
        FunctionArn fn = FunctionArn.parse(arn);
        String problem = null;
        if (fn == null) {
            problem = "'" + arn + "' is not a Lambda function ARN (arn:aws:lambda:<region>:<account>:function:<name>)";
        } else if (!fn.accountId().equals(accountId)) {
            problem = "function " + arn + " belongs to account " + fn.accountId() + ", the bucket to " + accountId;
        } else {
            try {
                functions.get(fn.accountId(), fn.name());
            } catch (ApiException e) {
                problem = "no function " + fn.name() + " exists in account " + accountId + "; create it first";
            }
        }
        if (problem != null) {
            throw NotificationXml.invalid("Unable to validate the following destination configurations: " + problem + ".",
                    arn).with("ArgumentValue", "Not authorized to invoke function [" + arn + "]");
        }
    }
}
