package batch;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import readings.SensorLog;

/**
 * Summarizes a day of sensor readings: how many, how many alerts (30.0 °C or more), the hottest.
 *
 * <p>This first version works for small objects only. It reads the whole object into memory,
 * and it never looks at the clock. Make it stream, and make it stop in time and resume.
 */
public class Summarizer implements RequestHandler<Map<String, Object>, Map<String, Object>> {
    @Override
    public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
        String object = (String) event.get("object");
        String text;
        try (InputStream in = SensorLog.open(object, 0)) {
            text = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + object, e);
        }
        long readings = 0;
        long alerts = 0;
        Double hottest = null;
        for (String line : text.split("\n")) {
            double celsius = Double.parseDouble(line.split(",")[2]);
            readings++;
            alerts += celsius >= 30.0 ? 1 : 0;
            hottest = hottest == null ? celsius : Math.max(hottest, celsius);
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("object", object);
        result.put("fromLine", readings);
        result.put("readings", readings);
        result.put("alerts", alerts);
        result.put("maxCelsius", hottest);
        result.put("done", true);
        return result;
    }
}
