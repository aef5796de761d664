package dojo.course.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dojo.course.content.ContentProblem;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnswerCheckTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final List<ContentProblem> problems = new ArrayList<>();
    private final List<Question> quiz = new QuizParser(s -> s, s -> "<p>" + s + "</p>").parse("""
            - id: one
              type: single
              prompt: Pick
              choices: [a, b, c]
              answer: 2
              explanation: C it is.
            - id: many
              type: multiple
              prompt: Pick all
              choices: [a, b, c]
              answer: [0, 2]
              explanation: A and C.
            - id: bill
              type: numeric
              prompt: How much?
              answer: 0.60
              tolerance: 0.005
              unit: USD
              explanation: Sixty cents.
            """, "lessons/01-x.md", 10, problems);

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }

    @Test
    void aSingleChoiceIsRightOnlyForTheKeyedIndex() throws Exception {
        assertThat(problems).isEmpty();
        assertThat(AnswerCheck.grade(quiz.get(0), json("2")).correct()).isTrue();
        Grade wrong = AnswerCheck.grade(quiz.get(0), json("0"));
        assertThat(wrong.correct()).isFalse();
        assertThat(wrong.correctChoices()).containsExactly(2);
        assertThat(wrong.explanationHtml()).isEqualTo("<p>C it is.</p>");
    }

    @Test
    void aMultipleChoiceIsRightOnlyForExactlyTheKeyedSet() throws Exception {
        assertThat(AnswerCheck.grade(quiz.get(1), json("[2, 0]")).correct()).isTrue();
        assertThat(AnswerCheck.grade(quiz.get(1), json("[0]")).correct()).isFalse();
        assertThat(AnswerCheck.grade(quiz.get(1), json("[0, 1, 2]")).correct()).isFalse();
    }

    @Test
    void aNumberWithinToleranceIsRightAndSeparatorsAreIgnored() throws Exception {
        assertThat(AnswerCheck.grade(quiz.get(2), json("0.6")).correct()).isTrue();
        assertThat(AnswerCheck.grade(quiz.get(2), json("\"0.604\"")).correct()).isTrue();
        assertThat(AnswerCheck.grade(quiz.get(2), json("\"0.61\"")).correct()).isFalse();
        assertThat(AnswerCheck.grade(quiz.get(2), json("0.61")).correctAnswer()).isEqualTo("0.6 (± 0.005) USD");
        assertThat(AnswerCheck.number(json("\"1,000 000_5\""))).isEqualByComparingTo("10000005");
        assertThat(AnswerCheck.number(json("\"-.5\""))).isEqualByComparingTo("-0.5");
    }

    @Test
    void answersOfTheWrongKindAreRefusedWithTheReason() {
        assertThatThrownBy(() -> AnswerCheck.grade(quiz.get(2), json("\"about 1.2.3\"")))
                .isInstanceOf(InvalidAnswerException.class)
                .hasMessage("Expected a number such as 1234.5 (thousands separators are fine), found \"about 1.2.3\"");
        assertThatThrownBy(() -> AnswerCheck.grade(quiz.get(0), json("7")))
                .hasMessage("Expected a choice between 0 and 2, found 7");
        assertThatThrownBy(() -> AnswerCheck.grade(quiz.get(1), json("[]")))
                .hasMessage("Expected a list of the chosen choice indexes, at least one, found []");
    }

    @Test
    void brokenQuestionsAreReportedWithTheirIdAndLeftOut() {
        List<ContentProblem> found = new ArrayList<>();
        List<Question> parsed = new QuizParser(s -> s, s -> s).parse("""
                - id: Bad Id
                  type: single
                  prompt: P
                  choices: [only]
                  answer: 3
                  explanation: E
                - id: num
                  type: numeric
                  prompt: P
                  answer: 1
                  explanation: E
                """, "lessons/01-x.md", 5, found);
        assertThat(parsed).isEmpty();
        assertThat(found).extracting(ContentProblem::message).contains(
                "quiz question 'Bad Id': expected an id of lowercase letters, digits and dashes, found 'Bad Id'",
                "quiz question 'Bad Id': expected 2 to 6 choices, found 1",
                "quiz question 'num': expected a tolerance of at least 0, found ");
    }
}
