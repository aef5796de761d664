package dojo.course.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CellTest {
    @Test
    void outputsMatchIgnoringTrailingWhitespaceAndTrailingEmptyLines() {
        assertThat(Cell.sameOutput("a\nb\n", "a  \nb\n\n\n")).isTrue();
        assertThat(Cell.sameOutput("a\nb", "a\nb\n")).isTrue();
    }

    @Test
    void outputsDifferInLeadingWhitespaceOrContent() {
        assertThat(Cell.sameOutput("a\nb\n", " a\nb\n")).isFalse();
        assertThat(Cell.sameOutput("a\n\nb\n", "a\nb\n")).isFalse();
    }
}
