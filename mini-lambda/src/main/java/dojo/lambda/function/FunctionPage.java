package dojo.lambda.function;

import java.util.List;

/**
 * One page of ListFunctions.
 *
 * @param functions sorted by name
 * @param nextMarker pass as {@code marker} to get the next page; null on the last page
 */
public record FunctionPage(List<DeployedFunction> functions, String nextMarker) {
    public FunctionPage {
        functions = List.copyOf(functions);
    }
}
