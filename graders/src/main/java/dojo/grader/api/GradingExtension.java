package dojo.grader.api;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/** Hands each {@link Check} method the {@link Submission} of the run named by the launcher. */
final class GradingExtension implements ParameterResolver {
    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Submission.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return GradingRun.find(context.getConfigurationParameter(GradingRun.PARAMETER).orElse(null)).submission();
    }
}
