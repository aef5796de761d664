package dojo.lambda.esm;

import java.time.Instant;
import java.util.List;

/**
 * The tunable part of an event source mapping, named as AWS names the fields. Null means "not
 * set" (the kind's default applies, or AWS leaves the field out). Queue mappings use the batch
 * fields, FunctionResponseTypes and MaximumConcurrency; stream mappings add the starting position,
 * retries, bisection, record age, parallelization and the on-failure destination.
 *
 * @param maximumConcurrency ScalingConfig.MaximumConcurrency (2 to 1000), or null
 * @param onFailureDestination DestinationConfig.OnFailure.Destination, or null
 */
public record MappingSettings(Integer batchSize, Integer maximumBatchingWindowInSeconds, List<String> functionResponseTypes,
        Integer maximumConcurrency, String startingPosition, Instant startingPositionTimestamp, Integer maximumRetryAttempts,
        Boolean bisectBatchOnFunctionError, Integer maximumRecordAgeInSeconds, Integer parallelizationFactor,
        String onFailureDestination) {
    public static final MappingSettings NONE = new MappingSettings(null, null, null, null, null, null, null, null, null, null, null);

    public MappingSettings {
        functionResponseTypes = functionResponseTypes == null ? null : List.copyOf(functionResponseTypes);
    }

    /** True when the function reports partial batch failures ({@code ReportBatchItemFailures}). */
    public boolean reportsBatchItemFailures() {
        return functionResponseTypes != null && functionResponseTypes.contains("ReportBatchItemFailures");
    }

    public MappingSettings withBatchSize(Integer v) {
        return new MappingSettings(v, maximumBatchingWindowInSeconds, functionResponseTypes, maximumConcurrency, startingPosition,
                startingPositionTimestamp, maximumRetryAttempts, bisectBatchOnFunctionError, maximumRecordAgeInSeconds,
                parallelizationFactor, onFailureDestination);
    }

    public MappingSettings withMaximumBatchingWindowInSeconds(Integer v) {
        return new MappingSettings(batchSize, v, functionResponseTypes, maximumConcurrency, startingPosition,
                startingPositionTimestamp, maximumRetryAttempts, bisectBatchOnFunctionError, maximumRecordAgeInSeconds,
                parallelizationFactor, onFailureDestination);
    }

    public MappingSettings withFunctionResponseTypes(List<String> v) {
        return new MappingSettings(batchSize, maximumBatchingWindowInSeconds, v, maximumConcurrency, startingPosition,
                startingPositionTimestamp, maximumRetryAttempts, bisectBatchOnFunctionError, maximumRecordAgeInSeconds,
                parallelizationFactor, onFailureDestination);
    }

    public MappingSettings withMaximumRetryAttempts(Integer v) {
        return new MappingSettings(batchSize, maximumBatchingWindowInSeconds, functionResponseTypes, maximumConcurrency,
                startingPosition, startingPositionTimestamp, v, bisectBatchOnFunctionError, maximumRecordAgeInSeconds,
                parallelizationFactor, onFailureDestination);
    }

    /** The names of the stream-only settings that are set, for kinds that reject them. */
    public List<String> streamSettingsSet() {
        List<String> out = new java.util.ArrayList<>();
        if (startingPosition != null || startingPositionTimestamp != null) {
            out.add("StartingPosition");
        }
        if (maximumRetryAttempts != null) {
            out.add("MaximumRetryAttempts");
        }
        if (bisectBatchOnFunctionError != null) {
            out.add("BisectBatchOnFunctionError");
        }
        if (maximumRecordAgeInSeconds != null) {
            out.add("MaximumRecordAgeInSeconds");
        }
        if (parallelizationFactor != null) {
            out.add("ParallelizationFactor");
        }
        if (onFailureDestination != null) {
            out.add("DestinationConfig");
        }
        return out;
    }
}
