package dojo.lambda.runtime;

import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.api.Test;

class CdsTrainingTest {
    @Test
    void trainingRunExercisesJsonAndHttpWithoutARuntimeApi() {
        assertThatCode(CdsTraining::run).doesNotThrowAnyException();
    }
}
