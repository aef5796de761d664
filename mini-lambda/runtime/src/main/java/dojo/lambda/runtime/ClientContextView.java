package dojo.lambda.runtime;

import com.amazonaws.services.lambda.runtime.Client;
import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import java.util.LinkedHashMap;
import java.util.Map;

/** The optional Lambda-Runtime-Client-Context and -Cognito-Identity headers, read as AWS's runtime reads them. */
final class ClientContextView {
    private ClientContextView() {}

    record MobileClient(String getInstallationId, String getAppTitle, String getAppVersionName,
            String getAppVersionCode, String getAppPackageName) implements Client {}

    record MobileContext(Client getClient, Map<String, String> getCustom, Map<String, String> getEnvironment)
            implements ClientContext {}

    record Identity(String getIdentityId, String getIdentityPoolId) implements CognitoIdentity {}

    static ClientContext clientContext(String json) {
        Map<String, Object> fields = object(json);
        if (fields == null) {
            return null;
        }
        Map<String, Object> client = child(fields, "client");
        MobileClient mobile = client == null ? null : new MobileClient(text(client, "installation_id"),
                text(client, "app_title"), text(client, "app_version_name"), text(client, "app_version_code"),
                text(client, "app_package_name"));
        return new MobileContext(mobile, strings(child(fields, "custom")), strings(child(fields, "env")));
    }

    static CognitoIdentity identity(String json) {
        Map<String, Object> fields = object(json);
        return fields == null ? null
                : new Identity(text(fields, "cognitoIdentityId"), text(fields, "cognitoIdentityPoolId"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(String json) {
        if (json == null || json.isBlank()) {
            return null;
        }
        try {
            return JsonReader.parse(json) instanceof Map<?, ?> map ? (Map<String, Object>) map : null;
        } catch (IllegalArgumentException notJson) {
            return null;
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> child(Map<String, Object> fields, String name) {
        return fields.get(name) instanceof Map<?, ?> map ? (Map<String, Object>) map : null;
    }

    private static String text(Map<String, Object> fields, String name) {
        Object value = fields.get(name);
        return value == null ? null : value.toString();
    }

    private static Map<String, String> strings(Map<String, Object> fields) {
        if (fields == null) {
            return null;
        }
        Map<String, String> copy = new LinkedHashMap<>();
        for (Map.Entry<String, Object> field : fields.entrySet()) {
            copy.put(field.getKey(), field.getValue() == null ? null : field.getValue().toString());
        }
        return copy;
    }
}
