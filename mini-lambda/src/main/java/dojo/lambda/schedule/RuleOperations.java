package dojo.lambda.schedule;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.InstantSource;
import java.util.List;

/** PutRule, DescribeRule, ListRules, DeleteRule, EnableRule and DisableRule. */
final class RuleOperations {
    private final RuleStore rules;
    private final Scheduler scheduler;
    private final InstantSource clock;
    private final ObjectMapper json;

    RuleOperations(RuleStore rules, Scheduler scheduler, InstantSource clock, ObjectMapper json) {
        this.rules = rules;
        this.scheduler = scheduler;
        this.clock = clock;
        this.json = json;
    }

    JsonNode putRule(String accountId, EventsRequest request) {
        String name = request.name("Name");
        if (request.text("EventPattern") != null) {
            throw EventsException.validation("This engine runs scheduled rules only; a rule with an EventPattern would wait for"
                    + " events from PutEvents or AWS services, which it does not serve. Give the rule a ScheduleExpression instead.");
        }
        String expression = request.text("ScheduleExpression");
        if (expression == null) {
            throw EventsException.validation("Parameter(s) EventPattern or ScheduleExpression must be specified.");
        }
        String bus = request.text("EventBusName");
        if (bus != null && !bus.equals("default")) {
            throw EventsException.validation("ScheduleExpression is supported only on the default event bus.");
        }
        ScheduleExpression.parse(expression);
        RuleState state = state(request.text("State"));
        String description = request.text("Description");
        if (description != null && description.length() > 512) {
            throw EventsException.validation("1 validation error detected: Value at 'description' failed to satisfy constraint:"
                    + " Member must have length less than or equal to 512");
        }
        Rule old = rules.get(accountId, name).orElse(null);
        boolean sameSchedule = old != null && old.scheduleExpression().equals(expression);
        Rule rule = new Rule(accountId, name, expression, state, description, sameSchedule ? old.createdAt() : clock.instant(),
                old == null ? List.of() : old.targets());
        rules.put(rule);
        if (!sameSchedule || old.state() != state) {
            scheduler.schedule(rule, clock.instant());
        }
        return json.createObjectNode().put("RuleArn", rule.arn());
    }

    JsonNode describeRule(String accountId, EventsRequest request) {
        request.requireDefaultBus(accountId);
        Rule rule = require(accountId, request.name("Name"));
        return describe(rule).put("CreatedBy", accountId);
    }

    JsonNode listRules(String accountId, EventsRequest request) {
        request.requireDefaultBus(accountId);
        String prefix = request.text("NamePrefix");
        String after = request.text("NextToken");
        JsonNode limitNode = request.body().get("Limit");
        int limit = limitNode == null || limitNode.isNull() ? 100 : limitNode.asInt();
        if (limit < 1 || limit > 100) {
            throw EventsException.validation("1 validation error detected: Value '" + limit + "' at 'limit' failed to satisfy"
                    + " constraint: Member must have value between 1 and 100");
        }
        ObjectNode out = json.createObjectNode();
        ArrayNode list = out.putArray("Rules");
        for (Rule rule : rules.list(accountId)) {
            if ((prefix == null || rule.name().startsWith(prefix)) && (after == null || rule.name().compareTo(after) > 0)) {
                if (list.size() == limit) {
                    out.put("NextToken", list.get(list.size() - 1).get("Name").asText());
                    break;
                }
                list.add(describe(rule));
            }
        }
        return out;
    }

    JsonNode deleteRule(String accountId, EventsRequest request) {
        request.requireDefaultBus(accountId);
        String name = request.name("Name");
        Rule rule = rules.get(accountId, name).orElse(null);
        if (rule != null) {
            if (!rule.targets().isEmpty()) {
                throw EventsException.validation("Rule can't be deleted since it has targets.");
            }
            rules.remove(accountId, name);
            scheduler.forget(accountId, name);
        }
        return json.createObjectNode();
    }

    JsonNode setState(String accountId, EventsRequest request, RuleState state) {
        request.requireDefaultBus(accountId);
        Rule rule = require(accountId, request.name("Name"));
        if (rule.state() != state) {
            Rule changed = rule.withState(state);
            rules.put(changed);
            scheduler.schedule(changed, clock.instant());
        }
        return json.createObjectNode();
    }

    private Rule require(String accountId, String name) {
        return rules.get(accountId, name).orElseThrow(() -> EventsException.noSuchRule(name));
    }

    private ObjectNode describe(Rule rule) {
        ObjectNode out = json.createObjectNode();
        out.put("Name", rule.name());
        out.put("Arn", rule.arn());
        out.put("ScheduleExpression", rule.scheduleExpression());
        out.put("State", rule.state().name());
        if (rule.description() != null) {
            out.put("Description", rule.description());
        }
        out.put("EventBusName", "default");
        return out;
    }

    private static RuleState state(String text) {
        if (text == null || text.equals("ENABLED")) {
            return RuleState.ENABLED;
        }
        if (text.equals("DISABLED")) {
            return RuleState.DISABLED;
        }
        if (text.equals("ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS")) {
            throw EventsException.validation("State ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS applies to event pattern rules;"
                    + " a scheduled rule is ENABLED or DISABLED.");
        }
        throw EventsException.validation("1 validation error detected: Value '" + text + "' at 'state' failed to satisfy"
                + " constraint: Member must satisfy enum value set: [ENABLED, DISABLED, ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS]");
    }
}
