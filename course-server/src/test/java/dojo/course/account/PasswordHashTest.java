package dojo.course.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHashTest {
    private final PasswordHash hasher = new PasswordHash(PasswordHash.RECOMMENDED_ITERATIONS);

    @Test
    void aHashNamesItsAlgorithmAndCountAndHidesThePassword() {
        String stored = hasher.hash("correct horse battery");
        assertThat(stored).startsWith("pbkdf2-sha256$600000$").doesNotContain("correct horse");
        assertThat(stored.split("\\$")).hasSize(4);
    }

    @Test
    void onlyTheRightPasswordMatches() {
        String stored = hasher.hash("correct horse battery");
        assertThat(hasher.matches("correct horse battery", stored)).isTrue();
        assertThat(hasher.matches("correct horse battery!", stored)).isFalse();
        assertThat(hasher.matches("correct horse battery", "plain text")).isFalse();
    }

    @Test
    void theSamePasswordHashesDifferentlyEachTimeBecauseOfTheSalt() {
        assertThat(hasher.hash("same password")).isNotEqualTo(hasher.hash("same password"));
    }

    @Test
    void hashesMadeWithAnotherCountStillVerify() {
        String old = new PasswordHash(1000).hash("older password");
        assertThat(hasher.matches("older password", old)).isTrue();
    }
}
