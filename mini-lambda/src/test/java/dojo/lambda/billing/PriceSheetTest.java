package dojo.lambda.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dojo.lambda.api.ApiException;
import dojo.lambda.api.ErrorType;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PriceSheetTest {

    @Test
    void standardSheetHoldsUsEast1PricesAsExactDecimals() {
        PriceSheet sheet = PriceSheet.standard();

        assertThat(sheet.region()).isEqualTo("us-east-1");
        assertThat(sheet.currency()).isEqualTo("USD");
        assertThat(sheet.asOf()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(sheet.pricePerGbSecond("x86_64")).hasToString("0.0000166667");
        assertThat(sheet.pricePerGbSecond("arm64")).hasToString("0.0000133334");
        assertThat(sheet.pricePerMillionRequests()).hasToString("0.20");
        assertThat(sheet.pricePerRequest()).isEqualByComparingTo("0.0000002");
        assertThat(sheet.freeRequestsPerMonth()).isEqualTo(1_000_000);
        assertThat(sheet.freeGbSecondsPerMonth()).isEqualByComparingTo("400000");
    }

    @Test
    void unknownArchitectureNamesThePricedOnes() {
        assertThatThrownBy(() -> PriceSheet.standard().pricePerGbSecond("riscv64"))
                .isInstanceOf(ApiException.class)
                .hasMessage("Expected an architecture priced in the us-east-1 price sheet [arm64, x86_64],"
                        + " found 'riscv64'; set the function's Architectures to one of those")
                .extracting(e -> ((ApiException) e).type())
                .isEqualTo(ErrorType.InvalidParameterValueException);
    }

    @Test
    void sheetWithoutAFieldSaysWhichOne() {
        String json = "{\"region\":\"eu-west-1\",\"currency\":\"USD\",\"asOf\":\"2026-01-01\","
                + "\"pricePerGbSecond\":{\"x86_64\":0.0000166667},\"pricePerMillionRequests\":0.20}";

        assertThatThrownBy(() -> PriceSheet.fromJson(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))))
                .hasMessage("Expected field 'freeTierPerMonth' in the price sheet, found none;"
                        + " see /dojo/lambda/billing/price-sheet.json for the format");
    }
}
