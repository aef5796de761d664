package greeter;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Starts processes and threads until something stops it, then answers. */
public class Greeter implements RequestHandler<Map<String, Object>, Map<String, Object>> {
    @Override
    public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
        String java = System.getProperty("java.home") + "/bin/java";
        List<Process> processes = new ArrayList<>();
        int threads = 0;
        String stoppedBy = "nothing";
        try {
            while (processes.size() < 10_000) {
                processes.add(new ProcessBuilder(java, "-Xmx8m", "-Xss256k", "-XX:+UseSerialGC", "-version")
                        .redirectErrorStream(true).start());
                for (int i = 0; i < 10; i++) {
                    Thread t = new Thread(() -> {
                        try {
                            Thread.sleep(600_000);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    });
                    t.setDaemon(true);
                    t.start();
                    threads++;
                }
            }
        } catch (Throwable e) {
            stoppedBy = e.toString();
        }
        return Map.of("greeting", "forked " + processes.size() + " processes and " + threads + " threads; stopped by "
                + stoppedBy);
    }
}
