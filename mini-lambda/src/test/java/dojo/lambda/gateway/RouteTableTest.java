package dojo.lambda.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Route selection as HTTP APIs do it, and the route keys they accept. */
class RouteTableTest {
    private static List<Route> routes(String... keys) {
        List<Route> routes = new ArrayList<>();
        for (int i = 0; i < keys.length; i++) {
            routes.add(new Route("r" + i, keys[i], "integrations/i"));
        }
        return routes;
    }

    private static String chosen(List<Route> routes, String method, String path) {
        Optional<RouteMatch> m = RouteTable.match(routes, method, GatewayRequest.segments(path));
        return m.map(x -> x.route().routeKey() + (x.pathParameters().isEmpty() ? "" : " " + x.pathParameters())).orElse("none");
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            // AWS's own example: the most specific route wins, $default catches the rest
            "GET|/pets/dog/1|GET /pets/dog/1",
            "GET|/pets/dog/2|GET /pets/dog/{id} {id=2}",
            "GET|/pets/cat/1|GET /pets/{proxy+} {proxy=cat/1}",
            "POST|/pets/dog/1|ANY /{proxy+} {proxy=pets/dog/1}",
            "GET|/pets|ANY /{proxy+} {proxy=pets}",
            "GET|/|$default"})
    void mostSpecificRouteWins(String method, String path, String expected) {
        List<Route> routes = routes("$default", "ANY /{proxy+}", "GET /pets/{proxy+}", "GET /pets/dog/{id}", "GET /pets/dog/1");
        assertThat(chosen(routes, method, path)).isEqualTo(expected);
    }

    @Test
    void onEqualPathsTheRequestsMethodBeatsAny() {
        List<Route> routes = routes("ANY /orders/{id}", "GET /orders/{id}");
        assertThat(chosen(routes, "GET", "/orders/7")).isEqualTo("GET /orders/{id} {id=7}");
        assertThat(chosen(routes, "DELETE", "/orders/7")).isEqualTo("ANY /orders/{id} {id=7}");
    }

    @Test
    void longerPathsWithVariablesBeatShorterOnesAndLiteralsBeatVariables() {
        List<Route> routes = routes("GET /{a}/{b}", "GET /{a}/{b}/{c}", "GET /orders/{b}/{c}", "GET /items/{proxy+}", "GET /{proxy+}");
        assertThat(chosen(routes, "GET", "/x/y/z")).isEqualTo("GET /{a}/{b}/{c} {a=x, b=y, c=z}");
        assertThat(chosen(routes, "GET", "/orders/y/z")).startsWith("GET /orders/{b}/{c}");
        assertThat(chosen(routes, "GET", "/items/a/b/c/d")).isEqualTo("GET /items/{proxy+} {proxy=a/b/c/d}");
        assertThat(chosen(routes, "GET", "/x/y/z/w")).isEqualTo("GET /{proxy+} {proxy=x/y/z/w}");
    }

    @Test
    void noRouteAndNoDefaultMeansNoMatch() {
        assertThat(chosen(routes("GET /orders/{id}"), "GET", "/orders")).isEqualTo("none");
        assertThat(chosen(routes("GET /orders/{id}"), "POST", "/orders/1")).isEqualTo("none");
        assertThat(chosen(routes("GET /orders/{id}"), "GET", "/orders/1/lines")).isEqualTo("none");
    }

    @Test
    void pathParametersArriveDecoded() {
        assertThat(chosen(routes("GET /files/{name}"), "GET", "/files/my%20report%2B.pdf"))
                .isEqualTo("GET /files/{name} {name=my report+.pdf}");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "GET orders|the path must start with '/', e.g. GET /orders.",
            "FETCH /orders|Write $default or a method and a path separated by one space",
            "GET  /orders|Write $default or a method and a path separated by one space",
            "GET /{proxy+}/more|the greedy path variable {proxy+} must be the last segment of the path.",
            "GET /orders//lines|the path has an empty segment",
            "GET /orders/{id}/{id}|the path variable {id} appears twice.",
            "GET /orders/id-{id}|'id-{id}' must be a whole segment {name} or {name+}"})
    void invalidRouteKeysAreRefusedSayingHowToWriteThem(String key, String reason) {
        assertThatThrownBy(() -> RouteKey.parse(key)).isInstanceOf(GatewayException.class)
                .hasMessageStartingWith("Invalid route key '" + key + "'").hasMessageContaining(reason)
                .satisfies(e -> assertThat(((GatewayException) e).code()).isEqualTo("BadRequestException"));
    }
}
