package dojo.course.quiz;

/** The kinds of quiz question content/README.md defines. */
public enum QuestionType {
    SINGLE, MULTIPLE, NUMERIC
}
