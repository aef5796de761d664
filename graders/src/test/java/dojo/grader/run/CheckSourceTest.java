package dojo.grader.run;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CheckSourceTest {
    @Test
    void cutsOutTheMethodWithItsAnnotationsAndIgnoresBracesInStringsAndComments() {
        String source = String.join("\n",
                "class Checks {",
                "    @Check(order = 1,",
                "            title = \"x\")",
                "    void first(Submission s) {",
                "        String brace = \"}\"; // }",
                "        /* { */ char c = '}';",
                "    }",
                "",
                "    void second(Submission s) {}",
                "}");
        assertThat(CheckSource.method(source, "first")).isEqualTo(String.join("\n",
                "@Check(order = 1,",
                "        title = \"x\")",
                "void first(Submission s) {",
                "    String brace = \"}\"; // }",
                "    /* { */ char c = '}';",
                "}"));
        assertThat(CheckSource.method(source, "second")).isEqualTo("void second(Submission s) {}");
        assertThat(CheckSource.method(source, "third")).isEmpty();
    }
}
