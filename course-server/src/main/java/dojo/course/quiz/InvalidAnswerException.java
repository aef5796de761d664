package dojo.course.quiz;

/** An answer that is not of the question's kind (a word for a number, an unknown choice): HTTP 400. */
public final class InvalidAnswerException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InvalidAnswerException(String message) {
        super(message);
    }
}
