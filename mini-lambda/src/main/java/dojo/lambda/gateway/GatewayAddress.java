package dojo.lambda.gateway;

import java.util.Locale;

/**
 * Which API a public request is for: {@code /_gateway/<apiId>/<path>} on the engine's port, or
 * any path on Host {@code <apiId>.execute-api.localhost}.
 *
 * @param rawPath the rest of the path, percent-encoded as sent, at least {@code /}
 */
record GatewayAddress(String apiId, String rawPath) {
    static final String PREFIX = "/_gateway/";
    private static final String HOST_SUFFIX = ".execute-api.localhost";

    /** The address of a request, or null when it is not addressed to the gateway. */
    static GatewayAddress of(String path, String host) {
        if (path.startsWith(PREFIX)) {
            String rest = path.substring(PREFIX.length());
            int slash = rest.indexOf('/');
            String apiId = slash < 0 ? rest : rest.substring(0, slash);
            return apiId.isEmpty() ? null : new GatewayAddress(apiId, slash < 0 ? "/" : rest.substring(slash));
        }
        if (host != null) {
            String name = host.toLowerCase(Locale.ROOT);
            int colon = name.lastIndexOf(':');
            name = colon > name.lastIndexOf(']') ? name.substring(0, colon) : name;
            if (name.endsWith(HOST_SUFFIX) && name.indexOf('.') == name.length() - HOST_SUFFIX.length()) {
                return new GatewayAddress(name.substring(0, name.indexOf('.')), path.isEmpty() ? "/" : path);
            }
        }
        return null;
    }
}
