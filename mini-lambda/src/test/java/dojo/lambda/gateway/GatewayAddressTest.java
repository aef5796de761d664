package dojo.lambda.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which API a public request is for, by path on the engine or by Host. */
class GatewayAddressTest {
    @ParameterizedTest(name = "{0} Host {1} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "none", value = {
            "/_gateway/a1b2c3d4e5/orders/1|127.0.0.1:4566|a1b2c3d4e5 /orders/1",
            "/_gateway/a1b2c3d4e5|127.0.0.1:4566|a1b2c3d4e5 /",
            "/_gateway/a1b2c3d4e5/|none|a1b2c3d4e5 /",
            "/orders/1|a1b2c3d4e5.execute-api.localhost:4566|a1b2c3d4e5 /orders/1",
            "/|A1B2C3D4E5.Execute-Api.Localhost|a1b2c3d4e5 /",
            "/_gateway/|127.0.0.1|none",
            "/2015-03-31/functions|127.0.0.1:4566|none",
            "/orders|x.y.execute-api.localhost|none",
            "/orders|none|none"})
    void findsTheApiAndTheRestOfThePath(String path, String host, String expected) {
        GatewayAddress a = GatewayAddress.of(path, host);
        assertThat(a == null ? null : a.apiId() + " " + a.rawPath()).isEqualTo(expected);
    }
}
