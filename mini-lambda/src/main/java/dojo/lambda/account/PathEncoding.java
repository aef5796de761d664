package dojo.lambda.account;

import java.util.Locale;

/**
 * How a request's path enters the SigV4 canonical request. AWS's signers use {@link #SINGLE} for
 * S3 and {@link #DOUBLE} for every other service, and a server must use the same rule as the
 * client that signed.
 */
public enum PathEncoding {
    /**
     * Every service but S3: dot segments and repeated slashes are removed from the path as sent,
     * then the (already percent-encoded) path is percent-encoded once more, so {@code %3A} signs
     * as {@code %253A}.
     */
    DOUBLE,
    /** S3: the path exactly as sent, encoded once by the client and not normalized. */
    SINGLE;

    /** The rule AWS's signers use for {@code service}, the signing name from the credential scope. */
    public static PathEncoding forService(String service) {
        return service.toLowerCase(Locale.ROOT).startsWith("s3") ? SINGLE : DOUBLE;
    }
}
