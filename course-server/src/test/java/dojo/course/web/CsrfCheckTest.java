package dojo.course.web;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CsrfCheckTest {
    @Test
    void theSessionsOwnTokenPasses() {
        assertThatCode(() -> CsrfCheck.verify("token-abc", "token-abc")).doesNotThrowAnyException();
    }

    @Test
    void aMissingTokenIsForbidden() {
        assertThatThrownBy(() -> CsrfCheck.verify("token-abc", null))
                .isInstanceOfSatisfying(HttpError.class, e -> org.assertj.core.api.Assertions.assertThat(e.status()).isEqualTo(403))
                .hasMessage("This request has no CSRF token; reload the page and try again");
    }

    @Test
    void anotherSessionsTokenIsForbidden() {
        assertThatThrownBy(() -> CsrfCheck.verify("token-abc", "token-abd")).hasMessageStartingWith(
                "This request's CSRF token does not match your session");
    }
}
