package dojo.course.content;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ScratchTest {
    @Test
    void print() throws Exception {
        ContentLibrary lib = ContentLibrary.open(Path.of("../content"), Path.of("../labs"));
        lib.problems().forEach(System.out::println);
        Lesson l = lib.lesson("pricing").orElseThrow();
        java.nio.file.Files.writeString(Path.of("target/pricing.html"), l.bodyHtml());
        System.out.println(l.cells().size() + " cells, " + l.questions().size() + " questions");
    }
}
