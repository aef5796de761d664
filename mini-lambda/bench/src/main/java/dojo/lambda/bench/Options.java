package dojo.lambda.bench;

/** The benchmarks' {@code --name value} command-line options. */
final class Options {
    private Options() {}

    /** The value after {@code name} in {@code args}, or {@code otherwise} when it is not given. */
    static String value(String[] args, String name, String otherwise) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return otherwise;
    }
}
