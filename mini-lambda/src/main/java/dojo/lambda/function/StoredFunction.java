package dojo.lambda.function;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

/**
 * A function as {@code config.json} holds it. The account comes from the directory the file
 * lives in; the code directory is named relative to the function's {@code code/} folder.
 */
record StoredFunction(
        String name,
        String runtime,
        String handler,
        int memoryMb,
        int timeoutSeconds,
        int ephemeralStorageMb,
        Map<String, String> environment,
        String description,
        String architecture,
        String role,
        String codeSha256,
        long codeSize,
        String lastModified,
        String revisionId,
        String codeDirectory,
        Integer reservedConcurrency,
        int provisionedConcurrency) {

    static StoredFunction of(DeployedFunction function) {
        FunctionConfig c = function.config();
        return new StoredFunction(c.name(), c.runtime(), c.handler(), c.memoryMb(), c.timeoutSeconds(),
                c.ephemeralStorageMb(), c.environment(), c.description(), c.architecture(), c.role(), c.codeSha256(),
                c.codeSize(), c.lastModified().toString(), c.revisionId(), function.codeDir().getFileName().toString(),
                function.reservedConcurrency(), function.provisionedConcurrency());
    }

    DeployedFunction toDeployed(String accountId, Path codeFolder) {
        FunctionConfig config = new FunctionConfig(accountId, name, runtime, handler, memoryMb, timeoutSeconds,
                ephemeralStorageMb, environment, description, architecture, codeSha256, codeSize,
                Instant.parse(lastModified), revisionId, role);
        return new DeployedFunction(config, codeFolder.resolve(codeDirectory), reservedConcurrency, provisionedConcurrency);
    }
}
