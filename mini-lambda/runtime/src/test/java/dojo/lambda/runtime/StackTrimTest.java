package dojo.lambda.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StackTrimTest {
    private static StackTraceElement frame(String className, String method, String file, int line) {
        return new StackTraceElement(className, method, file, line);
    }

    @Test
    void keepsLearnerFramesAndDropsTheRuntimeAndReflectionBelowThem() {
        StackTraceElement[] trace = {
            frame("example.Hello", "check", "Hello.java", 20),
            frame("example.Hello", "handleRequest", "Hello.java", 12),
            frame("jdk.internal.reflect.NativeMethodAccessorImpl", "invoke0", null, -2),
            frame("jdk.internal.reflect.DelegatingMethodAccessorImpl", "invoke", "DelegatingMethodAccessorImpl.java", 43),
            frame("java.lang.reflect.Method", "invoke", "Method.java", 568),
            frame("dojo.lambda.runtime.MethodHandlerAdapter", "handle", "MethodHandlerAdapter.java", 40),
            frame("dojo.lambda.runtime.InvocationLoop", "serve", "InvocationLoop.java", 50),
        };

        assertThat(StackTrim.userFrames(trace))
                .containsExactly("example.Hello.check(Hello.java:20)", "example.Hello.handleRequest(Hello.java:12)");
    }

    @Test
    void keepsLibraryFramesAboveTheLearnersCode() {
        StackTraceElement[] trace = {
            frame("java.util.Objects", "requireNonNull", "Objects.java", 209),
            frame("example.Hello", "handleRequest", "Hello.java", 12),
            frame("dojo.lambda.runtime.RequestHandlerAdapter", "handle", "RequestHandlerAdapter.java", 14),
        };

        assertThat(StackTrim.userFrames(trace))
                .containsExactly("java.util.Objects.requireNonNull(Objects.java:209)", "example.Hello.handleRequest(Hello.java:12)");
    }

    @Test
    void dropsClassLoadingFramesUnderAStaticInitialiser() {
        StackTraceElement[] trace = {
            frame("example.Config", "<clinit>", "Config.java", 5),
            frame("java.lang.Class", "forName0", null, -2),
            frame("java.lang.Class", "forName", "Class.java", 467),
            frame("dojo.lambda.runtime.HandlerClasses", "load", "HandlerClasses.java", 18),
        };

        assertThat(StackTrim.userFrames(trace)).containsExactly("example.Config.<clinit>(Config.java:5)");
    }

    @Test
    void dropsTheCompilerGeneratedBridgeOfAGenericHandler() {
        StackTraceElement[] trace = {
            frame("example.Hello", "handleRequest", "Hello.java", 12),
            frame("example.Hello", "handleRequest", "Hello.java", 6),
            frame("dojo.lambda.runtime.RequestHandlerAdapter", "handle", "RequestHandlerAdapter.java", 14),
        };

        assertThat(StackTrim.userFrames(trace)).containsExactly("example.Hello.handleRequest(Hello.java:12)");
    }

    @Test
    void leavesATraceWithoutRuntimeFramesWhole() {
        StackTraceElement[] trace = {frame("example.Worker", "run", "Worker.java", 3)};

        assertThat(StackTrim.userFrames(trace)).containsExactly("example.Worker.run(Worker.java:3)");
    }
}
