package batch;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import readings.SensorLog;

/**
 * Summarizes a day of sensor readings: how many, how many alerts (30.0 °C or more), the hottest.
 * Streams the object line by line, and when the invocation's time runs low returns a checkpoint
 * (the next line and the totals so far) that the next invocation resumes from.
 */
public class Summarizer implements RequestHandler<Map<String, Object>, Map<String, Object>> {
    /** Stop reading with this much time left: enough to close the stream and return the checkpoint. */
    static final long SAFETY_MARGIN_MS = 1000;

    @Override
    public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
        String object = (String) event.get("object");
        long from = number(event.get("fromLine"));
        long readings = number(event.get("readings"));
        long alerts = number(event.get("alerts"));
        Double hottest = event.get("maxCelsius") == null ? null : ((Number) event.get("maxCelsius")).doubleValue();
        long line = from;
        boolean done = true;
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(SensorLog.open(object, from), StandardCharsets.US_ASCII))) {
            for (String text = in.readLine(); text != null; text = in.readLine()) {
                if (context.getRemainingTimeInMillis() < SAFETY_MARGIN_MS) {
                    done = false;
                    break;
                }
                double celsius = Double.parseDouble(text.split(",", 4)[2]);
                readings++;
                alerts += celsius >= 30.0 ? 1 : 0;
                hottest = hottest == null ? celsius : Math.max(hottest, celsius);
                line++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + object, e);
        }
        context.getLogger().log("Read lines " + from + " to " + line + " of " + object + (done ? ": done" : ": checkpoint") + "\n");
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("object", object);
        result.put("fromLine", line);
        result.put("readings", readings);
        result.put("alerts", alerts);
        result.put("maxCelsius", hottest);
        result.put("done", done);
        return result;
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
