package dojo.course.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LabCompilerTest {
    private final LabCompiler compiler = new LabCompiler();

    @Test
    void aHandlerAgainstTheLambdaInterfacesCompilesToClassFilesByPath() {
        LabCompiler.Output out = compiler.compile(Map.of("hello/Hello.java", """
                package hello;
                import com.amazonaws.services.lambda.runtime.Context;
                import com.amazonaws.services.lambda.runtime.RequestHandler;
                import com.amazonaws.services.lambda.runtime.events.SQSEvent;
                public class Hello implements RequestHandler<SQSEvent, String> {
                    public String handleRequest(SQSEvent event, Context context) { return "ok"; }
                }
                """));
        assertThat(out.problems()).isEmpty();
        assertThat(out.classes()).containsOnlyKeys("hello/Hello.class");
        assertThat(out.classes().get("hello/Hello.class")).startsWith(0xCA, 0xFE, 0xBA, 0xBE);
    }

    @Test
    void aCompileErrorNamesTheFileLineAndMessageAndYieldsNoClasses() {
        LabCompiler.Output out = compiler.compile(Map.of("hello/Hello.java", "package hello;\n\npublic class Hello {\n"
                + "    int x = \"text\";\n}\n"));
        assertThat(out.ok()).isFalse();
        assertThat(out.classes()).isEmpty();
        assertThat(out.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("hello/Hello.java");
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.message()).contains("incompatible types");
        });
    }

    @Test
    void sourcesCompileForJava17NotForTheServersJdk() {
        LabCompiler.Output out = compiler.compile(Map.of("a/A.java", "package a; class A { void f(Object o) {"
                + " switch (o) { case String s -> {} default -> {} } } }"));
        assertThat(out.ok()).isFalse();
    }
}
