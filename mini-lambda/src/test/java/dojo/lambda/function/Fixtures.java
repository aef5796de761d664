package dojo.lambda.function;

import java.nio.file.Path;
import java.time.Instant;

/** What registry tests share: accounts, a runtime catalog without java21, and small packages. */
final class Fixtures {
    static final String ACCOUNT = "111111111111";
    static final String OTHER_ACCOUNT = "222222222222";
    static final Instant START = Instant.parse("2024-05-01T12:30:45.123456Z");
    static final Path OWN_JDK = Path.of(System.getProperty("java.home"));

    /** Installs java17, java25 and provided.al2023 (all on this JVM's JDK), but not java21. */
    static RuntimeCatalog runtimes() {
        return RuntimeCatalog.of(new InstalledRuntime("java17", OWN_JDK, "17.0.15"),
                new InstalledRuntime("java25", OWN_JDK, "25.0.3"),
                new InstalledRuntime("provided.al2023", OWN_JDK, "17.0.15"));
    }

    static byte[] javaPackage() {
        return new TestZip().file("example/Hello.class", "not really bytecode").bytes();
    }

    static byte[] javaPackage(String marker) {
        return new TestZip().file("example/Hello.class", marker).bytes();
    }

    static byte[] customPackage() {
        return new TestZip().file("bootstrap", "#!/bin/sh\nexec java -cp /var/task example.Main\n").bytes();
    }

    static CreateFunctionRequest hello() {
        return CreateFunctionRequest.of("hello", "java17", "example.Hello::handleRequest");
    }

    private Fixtures() {}
}
