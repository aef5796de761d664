package dojo.lambda.function;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The part of AWS's CreateFunction request the engine supports, as the caller sent it: nothing
 * here is validated or defaulted yet ({@code null} means "not given"). {@link FunctionRegistry}
 * validates it the way AWS does and fills in AWS's defaults (MemorySize 128, Timeout 3,
 * EphemeralStorage.Size 512, Architectures [x86_64], PackageType Zip).
 *
 * <p>The environment keeps the caller's order, because AWS names reserved keys in request order.
 *
 * @param functionName a name, or a full or partial ARN of the caller's account
 * @param environment Environment.Variables
 * @param ephemeralStorageSize EphemeralStorage.Size in MB
 * @param role the execution role's ARN; kept, never enforced
 * @param packageType {@code Zip}; {@code Image} is refused
 */
public record CreateFunctionRequest(
        String functionName,
        String runtime,
        String handler,
        Integer memorySize,
        Integer timeout,
        Integer ephemeralStorageSize,
        Map<String, String> environment,
        String description,
        List<String> architectures,
        String role,
        String packageType) {

    public CreateFunctionRequest {
        environment = environment == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(environment));
        architectures = architectures == null ? null : Collections.unmodifiableList(new ArrayList<>(architectures));
    }

    /** A request with only the required fields; everything else takes AWS's defaults. */
    public static CreateFunctionRequest of(String functionName, String runtime, String handler) {
        return new CreateFunctionRequest(functionName, runtime, handler, null, null, null, null, null, null, null, null);
    }

    public CreateFunctionRequest withMemorySize(Integer mb) {
        return new CreateFunctionRequest(functionName, runtime, handler, mb, timeout, ephemeralStorageSize,
                environment, description, architectures, role, packageType);
    }

    public CreateFunctionRequest withTimeout(Integer seconds) {
        return new CreateFunctionRequest(functionName, runtime, handler, memorySize, seconds, ephemeralStorageSize,
                environment, description, architectures, role, packageType);
    }

    public CreateFunctionRequest withEphemeralStorageSize(Integer mb) {
        return new CreateFunctionRequest(functionName, runtime, handler, memorySize, timeout, mb,
                environment, description, architectures, role, packageType);
    }

    public CreateFunctionRequest withEnvironment(Map<String, String> variables) {
        return new CreateFunctionRequest(functionName, runtime, handler, memorySize, timeout, ephemeralStorageSize,
                variables, description, architectures, role, packageType);
    }

    public CreateFunctionRequest withDescription(String text) {
        return new CreateFunctionRequest(functionName, runtime, handler, memorySize, timeout, ephemeralStorageSize,
                environment, text, architectures, role, packageType);
    }

    public CreateFunctionRequest withArchitectures(List<String> names) {
        return new CreateFunctionRequest(functionName, runtime, handler, memorySize, timeout, ephemeralStorageSize,
                environment, description, names, role, packageType);
    }

    public CreateFunctionRequest withRole(String arn) {
        return new CreateFunctionRequest(functionName, runtime, handler, memorySize, timeout, ephemeralStorageSize,
                environment, description, architectures, arn, packageType);
    }

    public CreateFunctionRequest withPackageType(String type) {
        return new CreateFunctionRequest(functionName, runtime, handler, memorySize, timeout, ephemeralStorageSize,
                environment, description, architectures, role, type);
    }
}
