package dojo.lambda.account;

import dojo.lambda.api.ApiException;
import dojo.lambda.api.ErrorType;

/** The errors AWS answers an unauthenticated request with, worded as AWS words them. */
final class Rejections {
    static final String SIGNATURE_MISMATCH = "The request signature we calculated does not match the signature"
            + " you provided. Check your AWS Secret Access Key and signing method. Consult the service"
            + " documentation for details.";

    private Rejections() {}

    static ApiException missingToken() {
        return new ApiException(ErrorType.MissingAuthenticationTokenException, "Missing Authentication Token");
    }

    static ApiException unrecognizedClient() {
        return new ApiException(ErrorType.UnrecognizedClientException,
                "The security token included in the request is invalid.");
    }

    static ApiException signatureMismatch() {
        return new ApiException(ErrorType.InvalidSignatureException, SIGNATURE_MISMATCH);
    }

    static ApiException invalidSignature(String message) {
        return new ApiException(ErrorType.InvalidSignatureException, message);
    }

    static ApiException incomplete(String message) {
        return new ApiException(ErrorType.IncompleteSignatureException, message);
    }
}
