package dojo.lambda.schedule;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** PutTargets, ListTargetsByRule and RemoveTargets; targets are Lambda functions of the rule's account. */
final class TargetOperations {
    static final int MAX_TARGETS = 5;
    private static final Pattern FUNCTION_ARN = Pattern.compile("arn:aws:lambda:[a-z0-9-]+:(\\d{12}):function:[A-Za-z0-9_-]{1,64}(:[$A-Za-z0-9_-]+)?");

    private final RuleStore rules;
    private final ObjectMapper json;

    TargetOperations(RuleStore rules, ObjectMapper json) {
        this.rules = rules;
        this.json = json;
    }

    JsonNode putTargets(String accountId, EventsRequest request) {
        request.requireDefaultBus(accountId);
        Rule rule = require(accountId, request.name("Rule"));
        JsonNode entries = request.body().get("Targets");
        if (entries == null || !entries.isArray() || entries.isEmpty() || entries.size() > 10) {
            throw EventsException.validation("1 validation error detected: Value at 'targets' failed to satisfy constraint:"
                    + " Member must have length between 1 and 10");
        }
        List<Target> accepted = new ArrayList<>();
        ObjectNode out = json.createObjectNode();
        ArrayNode failed = out.putArray("FailedEntries");
        for (JsonNode entry : entries) {
            EventsRequest t = new EventsRequest(entry);
            String id = t.name("Id");
            String arn = t.required("Arn");
            String problem = problem(accountId, t, arn);
            if (problem == null) {
                accepted.add(new Target(id, arn, t.text("Input")));
            } else {
                failed.addObject().put("TargetId", id).put("ErrorCode", "ValidationException").put("ErrorMessage", problem);
            }
        }
        Rule changed = rule.withTargets(accepted);
        if (changed.targets().size() > MAX_TARGETS) {
            throw new EventsException("LimitExceededException", "The requested resource exceeds the maximum number allowed: a rule"
                    + " has at most " + MAX_TARGETS + " targets, and rule " + rule.name() + " would have " + changed.targets().size()
                    + ". Remove targets first or use another rule.");
        }
        rules.put(changed);
        out.put("FailedEntryCount", failed.size());
        return out;
    }

    JsonNode listTargets(String accountId, EventsRequest request) {
        request.requireDefaultBus(accountId);
        Rule rule = require(accountId, request.name("Rule"));
        ObjectNode out = json.createObjectNode();
        ArrayNode list = out.putArray("Targets");
        for (Target t : rule.targets()) {
            ObjectNode node = list.addObject().put("Id", t.id()).put("Arn", t.arn());
            if (t.input() != null) {
                node.put("Input", t.input());
            }
        }
        return out;
    }

    JsonNode removeTargets(String accountId, EventsRequest request) {
        request.requireDefaultBus(accountId);
        Rule rule = require(accountId, request.name("Rule"));
        JsonNode idsNode = request.body().get("Ids");
        if (idsNode == null || !idsNode.isArray() || idsNode.isEmpty() || idsNode.size() > 100) {
            throw EventsException.validation("1 validation error detected: Value at 'ids' failed to satisfy constraint:"
                    + " Member must have length between 1 and 100");
        }
        List<String> ids = new ArrayList<>();
        ObjectNode out = json.createObjectNode();
        ArrayNode failed = out.putArray("FailedEntries");
        for (JsonNode idNode : idsNode) {
            String id = EventsRequest.checkName(idNode.asText(), "Ids");
            if (rule.targets().stream().anyMatch(t -> t.id().equals(id))) {
                ids.add(id);
            } else {
                failed.addObject().put("TargetId", id).put("ErrorCode", "ResourceNotFoundException")
                        .put("ErrorMessage", "Target " + id + " does not exist on rule " + rule.name() + ".");
            }
        }
        rules.put(rule.withoutTargets(ids));
        out.put("FailedEntryCount", failed.size());
        return out;
    }

    /** Why this target cannot be put, or null when it can. */
    private String problem(String accountId, EventsRequest target, String arn) {
        if (target.text("InputPath") != null || target.body().hasNonNull("InputTransformer")) {
            return "InputPath and InputTransformer are not supported by this engine; give the target an Input (JSON text sent"
                    + " as is) or nothing (the Scheduled Event).";
        }
        var m = FUNCTION_ARN.matcher(arn);
        if (!m.matches()) {
            return "Target " + arn + " is not a Lambda function ARN. This engine's scheduled rules invoke Lambda functions:"
                    + " arn:aws:lambda:us-east-1:" + accountId + ":function:<name>.";
        }
        if (!m.group(1).equals(accountId)) {
            return "Function " + arn + " belongs to account " + m.group(1) + ", not to the rule's account " + accountId
                    + "; target a function of your own account.";
        }
        String input = target.text("Input");
        if (input != null) {
            if (input.length() > 8192) {
                return "Input is " + input.length() + " characters; a target's Input has at most 8192.";
            }
            try {
                if (json.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readTree(input).isMissingNode()) {
                    return "Input is empty; give JSON text such as {\"job\":\"cleanup\"}, or leave Input out for the Scheduled Event.";
                }
            } catch (JsonProcessingException e) {
                return "Input is not valid JSON text: " + e.getOriginalMessage() + ". Write it as JSON, e.g. {\"job\":\"cleanup\"}.";
            }
        }
        return null;
    }

    private Rule require(String accountId, String name) {
        return rules.get(accountId, name).orElseThrow(() -> EventsException.noSuchRule(name));
    }
}
