package dojo.lambda.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dojo.lambda.Engine;
import dojo.lambda.api.ApiException;
import dojo.lambda.api.ErrorType;
import dojo.lambda.function.ConfigurationPatch;
import dojo.lambda.function.CreateFunctionRequest;
import dojo.lambda.function.DeployedFunction;
import dojo.lambda.function.FunctionRegistry;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.util.Base64;
import java.util.List;

/** CreateFunction, Get/List/Update/DeleteFunction, concurrency and account settings. */
final class FunctionRoutes {
    private final Engine engine;
    private final ObjectMapper json;

    FunctionRoutes(Engine engine, ObjectMapper json) {
        this.engine = engine;
        this.json = json;
    }

    void register(JavalinDefaultRoutingApi r) {
        r.post("/2015-03-31/functions", this::create);
        r.get("/2015-03-31/functions", this::list);
        r.get("/2015-03-31/functions/{name}", this::get);
        r.delete("/2015-03-31/functions/{name}", this::delete);
        r.get("/2015-03-31/functions/{name}/configuration", ctx -> json(ctx, FunctionJson.configuration(json, fn(ctx))));
        r.put("/2015-03-31/functions/{name}/configuration", this::updateConfiguration);
        r.put("/2015-03-31/functions/{name}/code", this::updateCode);
        r.put("/2017-10-31/functions/{name}/concurrency", this::putConcurrency);
        r.delete("/2017-10-31/functions/{name}/concurrency", this::deleteConcurrency);
        r.get("/2019-09-30/functions/{name}/concurrency", this::getConcurrency);
        r.put("/2019-09-30/functions/{name}/provisioned-concurrency", this::putProvisioned);
        r.get("/2016-08-19/account-settings", this::accountSettings);
    }

    private FunctionRegistry functions() {
        return engine.functions();
    }

    private DeployedFunction fn(Context ctx) {
        return functions().get(LambdaHttp.account(ctx), ctx.pathParam("name"));
    }

    private void create(Context ctx) {
        JsonNode body = Requests.json(json, ctx);
        CreateFunctionRequest req = new CreateFunctionRequest(Requests.text(body, "FunctionName"),
                Requests.text(body, "Runtime"), Requests.text(body, "Handler"), Requests.integer(body, "MemorySize"),
                Requests.integer(body, "Timeout"), Requests.integer(body.path("EphemeralStorage"), "Size"),
                Requests.variables(body), Requests.text(body, "Description"), Requests.strings(body, "Architectures"),
                Requests.text(body, "Role"), Requests.text(body, "PackageType"));
        DeployedFunction fn = functions().create(LambdaHttp.account(ctx), req, zip(body));
        ctx.status(201);
        json(ctx, FunctionJson.configuration(json, fn));
    }

    private byte[] zip(JsonNode body) {
        String b64 = Requests.text(body.path("Code"), "ZipFile");
        if (b64 == null) {
            if (body.path("Code").has("S3Bucket") || body.path("Code").has("ImageUri")) {
                throw new ApiException(ErrorType.InvalidParameterValueException,
                        "This engine takes code only as Code.ZipFile (a base64 zip or jar); S3 and image code are not supported.");
            }
            throw new ApiException(ErrorType.InvalidParameterValueException,
                    "Code.ZipFile is required: the deployment package as a base64-encoded zip or jar.");
        }
        try {
            return Base64.getMimeDecoder().decode(b64);
        } catch (IllegalArgumentException e) {
            throw new ApiException(ErrorType.InvalidParameterValueException,
                    "Code.ZipFile must be base64: " + e.getMessage() + ". The AWS SDK and CLI encode it for you; by hand, use base64 -w0.");
        }
    }

    private void list(Context ctx) {
        ObjectNode out = json.createObjectNode();
        ArrayNode arr = out.putArray("Functions");
        List<DeployedFunction> all = functions().list(LambdaHttp.account(ctx));
        String marker = ctx.queryParam("Marker");
        int max = ctx.queryParam("MaxItems") == null ? 50 : Math.max(1, Math.min(50, Integer.parseInt(ctx.queryParam("MaxItems"))));
        int start = 0;
        if (marker != null) {
            while (start < all.size() && all.get(start).config().name().compareTo(marker) <= 0) {
                start++;
            }
        }
        int end = Math.min(all.size(), start + max);
        for (int i = start; i < end; i++) {
            arr.add(FunctionJson.configuration(json, all.get(i)));
        }
        if (end < all.size()) {
            out.put("NextMarker", all.get(end - 1).config().name());
        }
        json(ctx, out);
    }

    private void get(Context ctx) {
        DeployedFunction fn = fn(ctx);
        ObjectNode out = json.createObjectNode();
        out.set("Configuration", FunctionJson.configuration(json, fn));
        out.putObject("Code").put("RepositoryType", "S3").put("Location",
                "http://" + ctx.host() + "/mini-lambda/code/" + fn.config().name() + "?sha256=" + fn.config().codeSha256());
        if (fn.reservedConcurrency() != null) {
            out.putObject("Concurrency").put("ReservedConcurrentExecutions", fn.reservedConcurrency());
        }
        out.putObject("Tags");
        json(ctx, out);
    }

    private void delete(Context ctx) {
        functions().delete(LambdaHttp.account(ctx), ctx.pathParam("name"));
        ctx.status(204);
    }

    private void updateConfiguration(Context ctx) {
        JsonNode body = Requests.json(json, ctx);
        ConfigurationPatch patch = ConfigurationPatch.NONE.withRuntime(Requests.text(body, "Runtime"))
                .withHandler(Requests.text(body, "Handler")).withMemorySize(Requests.integer(body, "MemorySize"))
                .withTimeout(Requests.integer(body, "Timeout"))
                .withEphemeralStorageSize(Requests.integer(body.path("EphemeralStorage"), "Size"))
                .withEnvironment(Requests.variables(body)).withDescription(Requests.text(body, "Description"))
                .withRole(Requests.text(body, "Role"));
        DeployedFunction fn = functions().updateConfiguration(LambdaHttp.account(ctx), ctx.pathParam("name"), patch);
        json(ctx, FunctionJson.configuration(json, fn));
    }

    private void updateCode(Context ctx) {
        JsonNode body = Requests.json(json, ctx);
        String b64 = Requests.text(body, "ZipFile");
        if (b64 == null) {
            throw new ApiException(ErrorType.InvalidParameterValueException,
                    "ZipFile is required: the new deployment package as a base64-encoded zip or jar.");
        }
        ObjectNode wrapped = json.createObjectNode();
        wrapped.putObject("Code").put("ZipFile", b64);
        DeployedFunction fn = functions().updateCode(LambdaHttp.account(ctx), ctx.pathParam("name"), zip(wrapped));
        json(ctx, FunctionJson.configuration(json, fn));
    }

    private void putConcurrency(Context ctx) {
        Integer n = Requests.integer(Requests.json(json, ctx), "ReservedConcurrentExecutions");
        if (n == null) {
            throw new ApiException(ErrorType.InvalidParameterValueException,
                    "ReservedConcurrentExecutions is required: a number from 0 to the account's unreserved concurrency.");
        }
        DeployedFunction fn = functions().putReservedConcurrency(LambdaHttp.account(ctx), ctx.pathParam("name"), n);
        json(ctx, json.createObjectNode().put("ReservedConcurrentExecutions", fn.reservedConcurrency()));
    }

    private void deleteConcurrency(Context ctx) {
        functions().deleteReservedConcurrency(LambdaHttp.account(ctx), ctx.pathParam("name"));
        ctx.status(204);
    }

    private void getConcurrency(Context ctx) {
        DeployedFunction fn = fn(ctx);
        ObjectNode out = json.createObjectNode();
        if (fn.reservedConcurrency() != null) {
            out.put("ReservedConcurrentExecutions", fn.reservedConcurrency());
        }
        json(ctx, out);
    }

    private void putProvisioned(Context ctx) {
        Integer n = Requests.integer(Requests.json(json, ctx), "ProvisionedConcurrentExecutions");
        if (n == null || n < 1) {
            throw new ApiException(ErrorType.InvalidParameterValueException,
                    "ProvisionedConcurrentExecutions must be a number of at least 1.");
        }
        DeployedFunction fn = engine.provision(LambdaHttp.account(ctx), ctx.pathParam("name"), n);
        ObjectNode out = json.createObjectNode();
        out.put("RequestedProvisionedConcurrentExecutions", n);
        out.put("AvailableProvisionedConcurrentExecutions", fn.provisionedConcurrency());
        out.put("AllocatedProvisionedConcurrentExecutions", fn.provisionedConcurrency());
        out.put("Status", "READY");
        out.put("LastModified", fn.config().lastModifiedText());
        ctx.status(202);
        json(ctx, out);
    }

    private void accountSettings(Context ctx) {
        String account = LambdaHttp.account(ctx);
        List<DeployedFunction> all = functions().list(account);
        long codeSize = all.stream().mapToLong(f -> f.config().codeSize()).sum();
        int limit = engine.limiter().accountLimit();
        ObjectNode out = json.createObjectNode();
        ObjectNode l = out.putObject("AccountLimit");
        l.put("TotalCodeSize", 80_530_636_800L);
        l.put("CodeSizeUnzipped", 262_144_000L);
        l.put("CodeSizeZipped", 52_428_800L);
        l.put("ConcurrentExecutions", limit);
        l.put("UnreservedConcurrentExecutions", functions().unreservedConcurrency(account));
        out.putObject("AccountUsage").put("TotalCodeSize", codeSize).put("FunctionCount", all.size());
        json(ctx, out);
    }

    private static void json(Context ctx, JsonNode node) {
        ctx.contentType("application/json");
        ctx.result(node.toString());
    }
}
