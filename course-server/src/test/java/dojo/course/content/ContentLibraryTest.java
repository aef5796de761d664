package dojo.course.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentLibraryTest {
    @TempDir
    Path dir;

    private void write(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static String lesson(int order, String title) {
        return "---\ntitle: " + title + "\norder: " + order + "\nsummary: S.\nlabs: []\nminutes: 5\n---\n\n## Part\n\nText of " + title + ".\n";
    }

    @Test
    void theCourseMapFollowsCourseYmlWithPreviousAndNext() throws Exception {
        write("course.yml", "title: C\ndescription: D\nlessons:\n  - slug: one\n    description: first\n  - slug: two\n    description: second\n");
        write("lessons/01-one.md", lesson(1, "One"));
        write("lessons/02-two.md", lesson(2, "Two"));
        ContentLibrary library = ContentLibrary.open(dir, dir.resolve("labs"));
        CourseMap course = library.course();
        assertThat(course.lessons()).extracting(CourseMap.Entry::slug).containsExactly("one", "two");
        assertThat(course.next("one")).map(CourseMap.Entry::slug).hasValue("two");
        assertThat(course.previous("one")).isEmpty();
        assertThat(library.problems()).isEmpty();
    }

    @Test
    void aLessonIsRenderedAgainOnlyWhenItsFileChanges() throws Exception {
        write("course.yml", "title: C\ndescription: D\nlessons:\n  - slug: one\n    description: first\n");
        write("lessons/01-one.md", lesson(1, "One"));
        ContentLibrary library = ContentLibrary.open(dir, dir.resolve("labs"));
        Lesson first = library.lesson("one").orElseThrow();
        assertThat(library.lesson("one").orElseThrow()).isSameAs(first);
        write("lessons/01-one.md", lesson(1, "Uno"));
        Files.setLastModifiedTime(dir.resolve("lessons/01-one.md"), FileTime.from(Instant.now().plusSeconds(5)));
        assertThat(library.lesson("one").orElseThrow().meta().title()).isEqualTo("Uno");
    }

    @Test
    void problemsNameTheFileAndWhatWasExpected() throws Exception {
        write("course.yml", "title: C\ndescription: D\nlessons:\n  - slug: one\n    description: first\n  - slug: ghost\n    description: x\n");
        write("lessons/01-one.md", lesson(1, "One").replace("minutes: 5", "minutes: 1"));
        write("lessons/03-stray.md", lesson(3, "Stray"));
        ContentLibrary library = ContentLibrary.open(dir, dir.resolve("labs"));
        assertThat(library.problems()).extracting(Object::toString).containsExactlyInAnyOrder(
                "course.yml: error: lesson 2 'ghost' has no file lessons/02-ghost.md",
                "lessons/03-stray.md: error: expected every lesson file to be listed in course.yml, found 'stray' missing there",
                "lessons/01-one.md:1: error: expected minutes between 5 and 90, found 1");
        assertThat(library.lesson("one")).isEmpty();
    }
}
