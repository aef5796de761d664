package dojo.course.content;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** course.yml: the course title, its description as HTML, and the lessons in course order. */
public record CourseMap(String title, String descriptionHtml, List<Entry> lessons) {

    /** One lesson of the map: its 1-based position, slug and course-map description (HTML). */
    public record Entry(int number, String slug, String descriptionHtml) {
        public Entry {
            Objects.requireNonNull(slug, "slug");
            Objects.requireNonNull(descriptionHtml, "descriptionHtml");
        }
    }

    public CourseMap {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(descriptionHtml, "descriptionHtml");
        lessons = List.copyOf(lessons);
    }

    public Optional<Entry> entry(String slug) {
        return lessons.stream().filter(e -> e.slug().equals(slug)).findFirst();
    }

    /** The lesson before {@code slug} in course order, if any. */
    public Optional<Entry> previous(String slug) {
        int i = lessons.indexOf(entry(slug).orElse(null));
        return i > 0 ? Optional.of(lessons.get(i - 1)) : Optional.empty();
    }

    /** The lesson after {@code slug} in course order, if any. */
    public Optional<Entry> next(String slug) {
        int i = lessons.indexOf(entry(slug).orElse(null));
        return i >= 0 && i + 1 < lessons.size() ? Optional.of(lessons.get(i + 1)) : Optional.empty();
    }
}
