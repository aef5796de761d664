package dojo.lambda.s3;

/** The parts of {@code arn:aws:lambda:<region>:<account>:function:<name>[:<qualifier>]} S3 needs. */
record FunctionArn(String region, String accountId, String name) {
    /** The ARN's parts, or null when {@code arn} is not a function ARN. */
    static FunctionArn parse(String arn) {
        String[] p = arn.split(":");
        if (p.length < 7 || p.length > 8 || !p[0].equals("arn") || !p[2].equals("lambda") || !p[5].equals("function")
                || !p[4].matches("\\d{12}") || p[6].isEmpty()) {
            return null;
        }
        return new FunctionArn(p[3], p[4], p[6]);
    }
}
