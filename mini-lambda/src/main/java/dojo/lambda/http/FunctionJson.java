package dojo.lambda.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dojo.lambda.function.DeployedFunction;
import dojo.lambda.function.FunctionConfig;

/** Function configurations in AWS's JSON field names (FunctionConfiguration). */
final class FunctionJson {
    private FunctionJson() {}

    static ObjectNode configuration(ObjectMapper json, DeployedFunction fn) {
        FunctionConfig c = fn.config();
        ObjectNode n = json.createObjectNode();
        n.put("FunctionName", c.name());
        n.put("FunctionArn", c.arn());
        n.put("Runtime", c.runtime());
        n.put("Role", c.role().isEmpty() ? "arn:aws:iam::" + c.accountId() + ":role/lambda-role" : c.role());
        n.put("Handler", c.handler());
        n.put("CodeSize", c.codeSize());
        n.put("Description", c.description());
        n.put("Timeout", c.timeoutSeconds());
        n.put("MemorySize", c.memoryMb());
        n.put("LastModified", c.lastModifiedText());
        n.put("CodeSha256", c.codeSha256());
        n.put("Version", "$LATEST");
        ObjectNode vars = n.putObject("Environment").putObject("Variables");
        c.environment().forEach(vars::put);
        n.putObject("TracingConfig").put("Mode", "PassThrough");
        n.put("RevisionId", c.revisionId());
        n.put("State", "Active");
        n.put("LastUpdateStatus", "Successful");
        n.put("PackageType", "Zip");
        n.putArray("Architectures").add(c.architecture());
        n.putObject("EphemeralStorage").put("Size", c.ephemeralStorageMb());
        n.putObject("SnapStart").put("ApplyOn", "None").put("OptimizationStatus", "Off");
        n.putObject("LoggingConfig").put("LogFormat", "Text").put("LogGroup", c.logGroup());
        return n;
    }
}
