package dojo.lambda.invoke;

import dojo.lambda.account.SessionCredentials;
import dojo.lambda.env.EnvironmentSpec;
import dojo.lambda.function.DeployedFunction;
import dojo.lambda.function.FunctionConfig;
import dojo.lambda.function.InstalledRuntime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How an environment of a function is started: the process (the engine's Java runtime, or the
 * package's {@code bootstrap} for {@code provided.al2023}), its JVM sizing, and the environment
 * variables AWS defines for a function, the function's own variables and its account's
 * credentials.
 */
final class RuntimeLaunch {
    /** Share of the memory setting given to the Java heap; the rest is metaspace, code, stacks. */
    static final double HEAP_SHARE = 0.85;

    private RuntimeLaunch() {}

    static String functionKey(FunctionConfig c) {
        return c.accountId() + "/" + c.name() + "@" + c.revisionId();
    }

    static EnvironmentSpec spec(DeployedFunction fn, InstalledRuntime runtime, SessionCredentials credentials,
            String logStream, boolean provisioned, String runtimeJar, dojo.lambda.env.StartupArchives archives) {
        FunctionConfig c = fn.config();
        List<String> command = new ArrayList<>();
        if (runtime.custom()) {
            command.add("/var/task/bootstrap");
        } else {
            command.add(runtime.java().toString());
            int feature = featureVersion(runtime.javaVersion());
            List<String> flags = jvmFlags(c.memoryMb());
            List<String> archive = archives == null ? List.of() : archives.flags(runtime.javaHome(), feature, flags);
            for (String flag : flags) {
                // JDK 25's AOT cache replaces class-data sharing and refuses -Xshare options
                if (!(feature >= 25 && !archive.isEmpty() && flag.startsWith("-Xshare"))) {
                    command.add(flag);
                }
            }
            command.addAll(archive);
            command.addAll(List.of("-cp", runtimeJar, "dojo.lambda.runtime.RuntimeMain"));
        }
        Map<String, String> env = new LinkedHashMap<>(c.environment());
        env.put("PATH", runtime.javaHome().resolve("bin") + ":/usr/local/bin:/usr/bin:/bin");
        env.put("LANG", "en_US.UTF-8");
        env.put("TZ", ":UTC");
        env.put("_HANDLER", c.handler());
        env.put("AWS_EXECUTION_ENV", "AWS_Lambda_" + c.runtime());
        env.put("AWS_LAMBDA_FUNCTION_NAME", c.name());
        env.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", Integer.toString(c.memoryMb()));
        env.put("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST");
        env.put("AWS_LAMBDA_LOG_GROUP_NAME", c.logGroup());
        env.put("AWS_LAMBDA_LOG_STREAM_NAME", logStream);
        env.put("AWS_LAMBDA_INITIALIZATION_TYPE", provisioned ? "provisioned-concurrency" : "on-demand");
        env.put("AWS_REGION", FunctionConfig.DEFAULT_REGION);
        env.put("AWS_DEFAULT_REGION", FunctionConfig.DEFAULT_REGION);
        env.put("AWS_ACCESS_KEY_ID", credentials.accessKeyId());
        env.put("AWS_SECRET_ACCESS_KEY", credentials.secretAccessKey());
        env.put("AWS_SESSION_TOKEN", credentials.sessionToken());
        env.put("JAVA_HOME", runtime.javaHome().toString());
        return new EnvironmentSpec(functionKey(c), runtime.javaHome(), fn.codeDir(), c.memoryMb(), c.ephemeralStorageMb(),
                command, env);
    }

    static int featureVersion(String javaVersion) {
        String head = javaVersion.split("[.+-]")[0];
        try {
            return Integer.parseInt(head.equals("1") ? javaVersion.split("\\.")[1] : head);
        } catch (RuntimeException e) {
            return 17;
        }
    }

    static List<String> jvmFlags(int memoryMb) {
        int heap = Math.max(16, (int) (memoryMb * HEAP_SHARE) - 24);
        return List.of(
                "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1",
                "-Xshare:auto",
                "-XX:-UsePerfData",
                "-XX:ReservedCodeCacheSize=32m",
                "-Xss512k",
                "-Xms8m",
                "-Xmx" + heap + "m",
                "-Djava.net.preferIPv4Stack=true");
    }
}
