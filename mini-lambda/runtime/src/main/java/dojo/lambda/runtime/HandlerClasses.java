package dojo.lambda.runtime;

import java.io.File;
import java.util.List;

/**
 * Loads and initialises the handler class, turning every way that can fail into a report that
 * says what exists and what to do.
 */
final class HandlerClasses {
    static final int LISTED_CLASSES = 20;

    private HandlerClasses() {}

    static Class<?> load(String className, ClassLoader loader, File taskRoot) {
        try {
            return Class.forName(className, true, loader);
        } catch (ClassNotFoundException e) {
            throw new FunctionError("java.lang.ClassNotFoundException", "Class '" + className + "' not found in "
                    + taskRoot.getPath() + ". Classes found: " + listing(TaskClassLoader.classesIn(taskRoot)));
        } catch (ExceptionInInitializerError e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new FunctionError(ErrorReport.of(cause));
        } catch (NoClassDefFoundError e) {
            String missing = e.getMessage() == null ? "a class" : "'" + e.getMessage().replace('/', '.') + "'";
            throw new FunctionError(new ErrorReport("Class '" + className + "' needs " + missing
                    + ", which is not in " + taskRoot.getPath() + " or its lib/*.jar. "
                    + "Add the dependency to the deployment package.",
                    e.getClass().getName(), StackTrim.userFrames(e.getStackTrace())));
        } catch (LinkageError e) {
            throw new FunctionError(ErrorReport.of(e));
        }
    }

    /** {@code [a, b, c]}, or the first {@value #LISTED_CLASSES} and how many more. */
    static String listing(List<String> names) {
        if (names.size() <= LISTED_CLASSES) {
            return names.toString();
        }
        List<String> shown = names.subList(0, LISTED_CLASSES);
        String text = shown.toString();
        return text.substring(0, text.length() - 1) + ", ... " + (names.size() - LISTED_CLASSES) + " more]";
    }
}
