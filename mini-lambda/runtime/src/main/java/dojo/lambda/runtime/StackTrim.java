package dojo.lambda.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * Removes the platform's frames from a learner's stack trace: everything from the first frame of
 * this runtime down, then the reflection and class-initialisation frames that led into the
 * learner's code. Frames above (the learner's code and the libraries it called) stay as they are.
 */
final class StackTrim {
    private static final String RUNTIME_PACKAGE = "dojo.lambda.runtime.";

    private StackTrim() {}

    static List<String> userFrames(StackTraceElement[] frames) {
        int end = frames.length;
        for (int i = 0; i < frames.length; i++) {
            if (frames[i].getClassName().startsWith(RUNTIME_PACKAGE)) {
                end = i;
                break;
            }
        }
        while (end > 0 && isEntryMachinery(frames[end - 1].getClassName())) {
            end--;
        }
        if (end >= 2 && isBridgeInto(frames[end - 1], frames[end - 2])) {
            end--;
        }
        List<String> kept = new ArrayList<>(end);
        for (int i = 0; i < end; i++) {
            kept.add(frames[i].toString());
        }
        return kept;
    }

    /**
     * A compiler-generated bridge (for example {@code handleRequest(Object, Context)} of a
     * RequestHandler) appears as the same method one frame lower, at the class declaration's line.
     */
    private static boolean isBridgeInto(StackTraceElement lower, StackTraceElement upper) {
        return lower.getClassName().equals(upper.getClassName())
                && lower.getMethodName().equals(upper.getMethodName())
                && lower.getLineNumber() >= 0 && lower.getLineNumber() < upper.getLineNumber();
    }

    private static boolean isEntryMachinery(String className) {
        return className.startsWith("jdk.internal.")
                || className.startsWith("java.lang.reflect.")
                || className.startsWith("java.lang.invoke.")
                || className.startsWith("sun.reflect.")
                || className.equals("java.lang.Class");
    }
}
