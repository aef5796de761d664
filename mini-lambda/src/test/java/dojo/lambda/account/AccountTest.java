package dojo.lambda.account;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AccountTest {
    @Test
    void anAccountIdMustBeTwelveDigits() {
        assertThatThrownBy(() -> new Account("12345678901", "AKIAEXAMPLE", "secret"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Expected an account id of exactly 12 digits, found '12345678901'."
                        + " Use an id like 123456789012.");
        assertThatThrownBy(() -> new Account("12345678901x", "AKIAEXAMPLE", "secret"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anAccessKeyIdCannotHoldSlashesAndASecretCannotBeBlank() {
        assertThatThrownBy(() -> new Account("123456789012", "AKIA/X", "secret"))
                .hasMessage("Expected an access key id of 1 to 128 letters and digits, found 'AKIA/X'."
                        + " Use an id like AKIAIOSFODNN7EXAMPLE.");
        assertThatThrownBy(() -> new Account("123456789012", "AKIAX", " "))
                .hasMessage("Expected a secret access key of 1 to 256 characters without whitespace for access key"
                        + " AKIAX, found 1 characters. Create a new key instead.");
    }
}
