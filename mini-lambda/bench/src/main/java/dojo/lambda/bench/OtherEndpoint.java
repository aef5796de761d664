package dojo.lambda.bench;

/**
 * The benchmark's figures for a Lambda Invoke API that is already running (serverless-offline,
 * say), with the very calls used against mini-lambda: warm latency and throughput of one
 * function, and the first invocation of each of several fresh functions as cold starts. Nothing
 * is created: the functions must exist, and the cold ones must not have been invoked yet.
 */
final class OtherEndpoint {
    private OtherEndpoint() {}

    /** {@code cpu} may be null (no CPU figures); {@code coldPrefix} null skips the cold starts. */
    static void run(SignedClient client, CpuMeter cpu, String coldPrefix, int coldCount) throws Exception {
        System.out.println("Lambda Invoke API benchmark, " + Runtime.getRuntime().availableProcessors() + " cores, endpoint "
                + client.endpoint() + ", function " + EngineBenchmark.function);
        if (coldPrefix != null) {
            // before the warm runs, so the machine is as quiet as for mini-lambda's cold starts
            long[] samples = new long[coldCount];
            for (int i = 0; i < coldCount; i++) {
                samples[i] = EngineBenchmark.invoke(client, coldPrefix + i);
            }
            System.out.println("cold start (request to response, first invocation of a function): " + new Percentiles(samples).summary());
        }
        EngineBenchmark.warm(client, cpu);
        EngineBenchmark.throughput(client, 4, 10, cpu);
    }
}
