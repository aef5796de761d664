package dojo.lambda;

import dojo.lambda.account.AccountCommand;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/** {@code java -jar mini-lambda.jar}: serves the engine, or runs {@code account create}. */
public final class Main {
    private Main() {}

    public static void main(String[] argv) throws InterruptedException {
        List<String> args = Arrays.asList(argv);
        if (args.contains("--help") || args.contains("-h")) {
            System.out.println(EngineConfig.usage());
            return;
        }
        if (!args.isEmpty() && args.get(0).equals("account")) {
            System.exit(AccountCommand.run(args.subList(1, args.size()), System.out, System.err));
        }
        EngineConfig config;
        try {
            config = Flags.parse(args);
        } catch (Flags.BadFlag e) {
            System.err.println("mini-lambda: " + e.getMessage());
            System.exit(2);
            return;
        }
        Engine engine;
        try {
            engine = Engine.start(config);
        } catch (EngineStartException e) {
            System.err.println("mini-lambda: " + e.getMessage());
            System.exit(1);
            return;
        } catch (IOException e) {
            System.err.println("mini-lambda: could not start with data directory " + config.dataDir() + ": " + e.getMessage());
            System.exit(1);
            return;
        }
        System.out.println("mini-lambda listening on " + engine.endpoint() + " (AWS Lambda API; data in "
                + config.dataDir().toAbsolutePath() + ")");
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            engine.close();
            stopped.countDown();
        }, "shutdown"));
        stopped.await();
    }
}
