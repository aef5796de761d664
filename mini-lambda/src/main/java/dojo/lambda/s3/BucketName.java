package dojo.lambda.s3;

import java.util.regex.Pattern;

/** S3's naming rules for general purpose buckets, each broken rule explained. */
final class BucketName {
    private static final Pattern ALLOWED = Pattern.compile("[a-z0-9.-]+");
    private static final Pattern IP = Pattern.compile("\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
    private static final String[] RESERVED_PREFIXES = {"xn--", "sthree-", "amzn-s3-demo-"};
    private static final String[] RESERVED_SUFFIXES = {"-s3alias", "--ol-s3", ".mrap", "--x-s3", "--table-s3"};

    private BucketName() {}

    static void check(String name) {
        String problem = problem(name);
        if (problem != null) {
            throw new S3Exception(S3ErrorCode.InvalidBucketName, "Found '" + name + "': " + problem
                    + ". Bucket names are 3 to 63 lowercase letters, digits, dots and hyphens, starting and ending"
                    + " with a letter or digit, for example 'my-photos-2024'.").with("BucketName", name);
        }
    }

    private static String problem(String name) {
        if (name.length() < 3 || name.length() > 63) {
            return "it is " + name.length() + " characters long";
        }
        if (!ALLOWED.matcher(name).matches()) {
            return "it contains characters other than lowercase letters, digits, dots and hyphens";
        }
        if (!Character.isLetterOrDigit(name.charAt(0)) || !Character.isLetterOrDigit(name.charAt(name.length() - 1))) {
            return "it must begin and end with a letter or digit";
        }
        if (name.contains("..")) {
            return "it has two adjacent dots";
        }
        if (IP.matcher(name).matches()) {
            return "it is formatted as an IP address";
        }
        for (String prefix : RESERVED_PREFIXES) {
            if (name.startsWith(prefix)) {
                return "the prefix '" + prefix + "' is reserved";
            }
        }
        for (String suffix : RESERVED_SUFFIXES) {
            if (name.endsWith(suffix)) {
                return "the suffix '" + suffix + "' is reserved";
            }
        }
        return null;
    }
}
