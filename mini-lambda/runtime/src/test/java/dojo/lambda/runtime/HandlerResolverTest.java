package dojo.lambda.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HandlerResolverTest {
    @TempDir
    Path taskRoot;

    private HandlerResolver resolver;

    @BeforeEach
    void copyTwoFixtureClassesIntoTheTaskRoot() throws IOException {
        Path compiled = Path.of("target/test-classes/fixtures");
        Files.createDirectories(taskRoot.resolve("fixtures"));
        for (String name : new String[] {"Hello.class", "Order.class"}) {
            Files.copy(compiled.resolve(name), taskRoot.resolve("fixtures").resolve(name));
        }
        File root = taskRoot.toFile();
        resolver = new HandlerResolver(TaskClassLoader.create(root, getClass().getClassLoader()), root);
    }

    private String invoke(String handler, String event) throws Throwable {
        return resolver.resolve(handler).handle(Payload.utf8(event), TestInvocations.context()).text();
    }

    private ErrorReport initFailure(String handler) {
        try {
            resolver.resolve(handler);
        } catch (FunctionError e) {
            return e.report();
        }
        throw new AssertionError("expected " + handler + " to fail INIT");
    }

    @Test
    void runsARequestHandlerOfStrings() throws Throwable {
        assertThat(invoke("fixtures.Hello", "\"Ada\"")).isEqualTo("\"Hello, Ada\"");
    }

    @Test
    void runsAPojoHandlerThroughJackson() throws Throwable {
        assertThat(invoke("fixtures.OrderHandler", "{\"id\":\"o-1\",\"quantity\":3,\"unitPrice\":2.5}"))
                .isEqualTo("{\"orderId\":\"o-1\",\"total\":7.5}");
    }

    @Test
    void runsAHandlerWhoseInputTypeComesFromAGenericSuperclass() throws Throwable {
        assertThat(invoke("fixtures.GenericOrderHandler", "{\"id\":\"o-2\",\"quantity\":4}")).isEqualTo("\"o-2 x4\"");
    }

    @Test
    void runsAMethodHandlerOverMapsWithTheContext() throws Throwable {
        assertThat(invoke("fixtures.MapHandler::handle", "{\"b\":1,\"a\":[true]}"))
                .isEqualTo("{\"keys\":[\"b\",\"a\"],\"requestId\":\"req-1\"}");
    }

    @Test
    void runsAStaticMethodOfPrimitives() throws Throwable {
        assertThat(invoke("fixtures.MapHandler::twice", "21")).isEqualTo("42");
    }

    @Test
    void answersJsonNullForAVoidMethod() throws Throwable {
        assertThat(invoke("fixtures.MapHandler::nothing", "\"x\"")).isEqualTo("null");
    }

    @Test
    void runsAStreamHandlerWithTheEventBytes() throws Throwable {
        assertThat(invoke("fixtures.ShoutStream", "{\"a\":\"b\"}")).isEqualTo("{\"A\":\"B\"}");
    }

    @Test
    void readsAndWritesSqsEventsWithAwsFieldNames() throws Throwable {
        String event = "{\"Records\":[{\"messageId\":\"m1\",\"body\":\"ok\",\"eventSource\":\"aws:sqs\"},"
                + "{\"messageId\":\"m2\",\"body\":\"bad\",\"eventSource\":\"aws:sqs\"}]}";

        assertThat(invoke("fixtures.SqsBatchHandler", event))
                .isEqualTo("{\"batchItemFailures\":[{\"itemIdentifier\":\"m2\"}]}");
    }

    @Test
    void reportsAnEventThatDoesNotFitThePojo() {
        assertThatThrownBy(() -> invoke("fixtures.OrderHandler", "[1,2]"))
                .isInstanceOf(FunctionError.class)
                .hasMessageStartingWith("An error occurred during JSON parsing: expected fixtures.Order, found a JSON array: [1,2] (")
                .hasMessageEndingWith("). Send an event that matches fixtures.Order or change the handler's input type.");
    }

    @Test
    void listsTheClassesThatExistWhenTheClassIsMissing() {
        ErrorReport report = initFailure("fixtures.Helo");

        assertThat(report.errorType()).isEqualTo("java.lang.ClassNotFoundException");
        assertThat(report.errorMessage()).isEqualTo("Class 'fixtures.Helo' not found in " + taskRoot
                + ". Classes found: [fixtures.Hello, fixtures.Order]");
    }

    @Test
    void listsThePublicMethodsWhenTheMethodIsMissing() {
        ErrorReport report = initFailure("fixtures.Hello::handle");

        assertThat(report.errorType()).isEqualTo("java.lang.NoSuchMethodException");
        assertThat(report.errorMessage())
                .isEqualTo("Method 'handle' not found in class 'fixtures.Hello'. Available: [handleRequest, toString]");
    }

    @Test
    void saysWhenTheNamedMethodIsNotPublic() {
        assertThat(initFailure("fixtures.NotAHandler::hidden").errorMessage())
                .isEqualTo("Method 'hidden' not found in class 'fixtures.NotAHandler'. Available: [greet]. "
                        + "A method named 'hidden' exists but is not public: make it public.");
    }

    @Test
    void explainsAClassThatIsNoHandler() {
        ErrorReport report = initFailure("fixtures.NotAHandler");

        assertThat(report.errorType()).isEqualTo("Runtime.BadFunctionCode");
        assertThat(report.errorMessage()).isEqualTo("Class 'fixtures.NotAHandler' does not implement RequestHandler or "
                + "RequestStreamHandler. Implement one of them, or name a method in the handler setting, for example "
                + "'fixtures.NotAHandler::handleRequest'.");
    }

    @Test
    void explainsAMissingZeroArgumentConstructor() {
        assertThat(initFailure("fixtures.NeedsArgument").errorMessage()).isEqualTo("Class 'fixtures.NeedsArgument' has "
                + "no public zero-argument constructor. Add 'public NeedsArgument() {}' or make the handler method static.");
    }

    @Test
    void rejectsARawRequestHandler() {
        assertThat(initFailure("fixtures.RawHandler").errorMessage()).isEqualTo("Class 'fixtures.RawHandler' implements "
                + "RequestHandler without concrete type arguments (found 'I'). Declare them, for example "
                + "'implements RequestHandler<Map<String, Object>, String>'.");
    }

    @Test
    void reportsTheCauseOfAFailedStaticInitialiser() {
        ErrorReport report = initFailure("fixtures.BrokenStatic");

        assertThat(report.errorType()).isEqualTo("java.lang.NumberFormatException");
        assertThat(report.errorMessage()).isEqualTo("For input string: \"ten\"");
        assertThat(report.stackTrace()).last().isEqualTo("fixtures.BrokenStatic.<clinit>(BrokenStatic.java:8)");
    }

    @Test
    void capsTheListOfClassesAtTwenty() {
        java.util.List<String> names = new java.util.ArrayList<>();
        for (int i = 0; i < 23; i++) {
            names.add("c" + (char) ('a' + i));
        }

        assertThat(HandlerClasses.listing(names)).isEqualTo("[ca, cb, cc, cd, ce, cf, cg, ch, ci, cj, ck, cl, cm, cn, "
                + "co, cp, cq, cr, cs, ct, ... 3 more]");
    }
}
