package dojo.lambda.esm;

import dojo.lambda.api.ApiException;
import dojo.lambda.api.ErrorType;

/** The checks every kind of mapping shares, with AWS's limits. Kind-specific ones are the kind's. */
final class MappingRules {
    private MappingRules() {}

    static MappingSettings check(MappingSettings s) {
        if (s.batchSize() != null && (s.batchSize() < 1 || s.batchSize() > 10_000)) {
            throw invalid("BatchSize must be between 1 and 10000, found " + s.batchSize() + ".");
        }
        Integer window = s.maximumBatchingWindowInSeconds();
        if (window != null && (window < 0 || window > 300)) {
            throw invalid("MaximumBatchingWindowInSeconds must be between 0 and 300, found " + window + ".");
        }
        if (s.maximumConcurrency() != null && (s.maximumConcurrency() < 2 || s.maximumConcurrency() > 1000)) {
            throw invalid("ScalingConfig.MaximumConcurrency must be between 2 and 1000, found " + s.maximumConcurrency()
                    + ". Leave ScalingConfig out for no limit other than the function's concurrency.");
        }
        if (s.functionResponseTypes() != null) {
            for (String t : s.functionResponseTypes()) {
                if (!t.equals("ReportBatchItemFailures")) {
                    throw invalid("FunctionResponseTypes may contain only ReportBatchItemFailures, found '" + t + "'.");
                }
            }
        }
        return s;
    }

    static ApiException invalid(String message) {
        return new ApiException(ErrorType.InvalidParameterValueException, message);
    }
}
