package dojo.lambda.billing;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import dojo.lambda.api.ApiException;
import dojo.lambda.api.ErrorType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Lambda's on-demand prices for one region, read from data ({@code price-sheet.json}) rather
 * than written in code, so a price change is a data change. All amounts are exact decimals.
 *
 * @param pricePerGbSecond compute price per GB-second, keyed by architecture ({@code x86_64},
 *     {@code arm64})
 * @param asOf the date the prices were last checked against AWS's pricing page
 */
public record PriceSheet(
        String region,
        String currency,
        LocalDate asOf,
        Map<String, BigDecimal> pricePerGbSecond,
        BigDecimal pricePerMillionRequests,
        long freeRequestsPerMonth,
        BigDecimal freeGbSecondsPerMonth) {

    /** The classpath resource holding the engine's default sheet. */
    public static final String RESOURCE = "/dojo/lambda/billing/price-sheet.json";

    public PriceSheet {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(asOf, "asOf");
        pricePerGbSecond = Collections.unmodifiableMap(new TreeMap<>(pricePerGbSecond));
        if (pricePerGbSecond.isEmpty()) {
            throw new IllegalArgumentException(
                    "Expected at least one architecture in pricePerGbSecond, found none;"
                            + " add e.g. \"x86_64\": 0.0000166667 to the price sheet");
        }
        pricePerGbSecond.values().forEach(PriceSheet::requireNotNegative);
        requireNotNegative(pricePerMillionRequests);
        requireNotNegative(freeGbSecondsPerMonth);
        if (freeRequestsPerMonth < 0) {
            throw new IllegalArgumentException(
                    "Expected freeRequestsPerMonth >= 0, found " + freeRequestsPerMonth);
        }
    }

    /** The sheet shipped with the engine (us-east-1). */
    public static PriceSheet standard() {
        try (InputStream in = PriceSheet.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(
                        "Expected the price sheet on the classpath at " + RESOURCE
                                + ", found nothing; rebuild mini-lambda so its resources are packaged");
            }
            return fromJson(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the price sheet " + RESOURCE, e);
        }
    }

    /** Reads a sheet in the format of {@code price-sheet.json}; numbers are read as exact decimals. */
    public static PriceSheet fromJson(InputStream json) throws IOException {
        ObjectMapper mapper = new ObjectMapper()
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);
        JsonNode root = mapper.readTree(json);
        Map<String, BigDecimal> perGbSecond = new TreeMap<>();
        required(root, "pricePerGbSecond")
                .properties()
                .forEach(e -> perGbSecond.put(e.getKey(), e.getValue().decimalValue()));
        JsonNode free = required(root, "freeTierPerMonth");
        return new PriceSheet(
                required(root, "region").asText(),
                required(root, "currency").asText(),
                LocalDate.parse(required(root, "asOf").asText()),
                perGbSecond,
                required(root, "pricePerMillionRequests").decimalValue(),
                required(free, "requests").longValue(),
                required(free, "gbSeconds").decimalValue());
    }

    /**
     * The compute price per GB-second on {@code architecture}.
     *
     * @throws ApiException InvalidParameterValueException when the sheet has no such architecture
     */
    public BigDecimal pricePerGbSecond(String architecture) {
        BigDecimal price = pricePerGbSecond.get(architecture);
        if (price == null) {
            throw new ApiException(
                    ErrorType.InvalidParameterValueException,
                    "Expected an architecture priced in the " + region + " price sheet "
                            + pricePerGbSecond.keySet() + ", found '" + architecture
                            + "'; set the function's Architectures to one of those");
        }
        return price;
    }

    /** The price of a single request: the per-million price divided by one million, exactly. */
    public BigDecimal pricePerRequest() {
        return pricePerMillionRequests.movePointLeft(6);
    }

    private static JsonNode required(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new IllegalArgumentException(
                    "Expected field '" + field + "' in the price sheet, found none; see " + RESOURCE
                            + " for the format");
        }
        return value;
    }

    private static void requireNotNegative(BigDecimal amount) {
        Objects.requireNonNull(amount, "amount");
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("Expected a price or quantity >= 0, found " + amount);
        }
    }
}
