package dojo.lambda.account;

/**
 * The {@code Credential} of a SigV4 signature: {@code <accessKeyId>/<yyyyMMdd>/<region>/<service>/aws4_request}.
 */
record CredentialScope(String accessKeyId, String date, String region, String service, String terminator) {
    static CredentialScope parse(String credential) {
        String[] parts = credential.split("/", -1);
        if (parts.length != 5) {
            throw Rejections.incomplete("Credential must have exactly 5 slash-delimited elements,"
                    + " e.g. keyid/date/region/service/term, got '" + credential + "'");
        }
        return new CredentialScope(parts[0], parts[1], parts[2], parts[3], parts[4]);
    }

    /** The scope line of the string to sign: everything after the access key id. */
    String text() {
        return date + "/" + region + "/" + service + "/" + terminator;
    }

    /** Rejects a scope whose terminator or date does not fit a request signed at {@code amzDate}. */
    void checkAgainst(String amzDate) {
        if (!terminator.equals("aws4_request")) {
            throw Rejections.invalidSignature("Credential should be scoped with a valid terminator:"
                    + " 'aws4_request', not '" + terminator + "'.");
        }
        String requestDay = amzDate.length() >= 8 ? amzDate.substring(0, 8) : amzDate;
        if (!date.equals(requestDay)) {
            throw Rejections.invalidSignature("Date in Credential scope does not match YYYYMMDD from ISO-8601"
                    + " version of date from HTTP: '" + date + "' != '" + requestDay + "', from '" + amzDate + "'.");
        }
    }
}
