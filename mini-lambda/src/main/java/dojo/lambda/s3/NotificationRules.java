package dojo.lambda.s3;

import java.util.List;
import java.util.Set;

/** What S3 checks in a notification configuration: known event types, no overlapping rules. */
final class NotificationRules {
    static final Set<String> EVENTS = Set.of("s3:ObjectCreated:*", "s3:ObjectCreated:Put", "s3:ObjectCreated:Post",
            "s3:ObjectCreated:Copy", "s3:ObjectCreated:CompleteMultipartUpload", "s3:ObjectRemoved:*",
            "s3:ObjectRemoved:Delete", "s3:ObjectRemoved:DeleteMarkerCreated", "s3:ObjectRestore:*",
            "s3:ObjectRestore:Post", "s3:ObjectRestore:Completed", "s3:ObjectRestore:Delete",
            "s3:ReducedRedundancyLostObject", "s3:Replication:*", "s3:Replication:OperationFailedReplication",
            "s3:Replication:OperationMissedThreshold", "s3:Replication:OperationReplicatedAfterThreshold",
            "s3:Replication:OperationNotTracked", "s3:LifecycleExpiration:*", "s3:LifecycleExpiration:Delete",
            "s3:LifecycleExpiration:DeleteMarkerCreated", "s3:LifecycleTransition", "s3:IntelligentTiering",
            "s3:ObjectTagging:*", "s3:ObjectTagging:Put", "s3:ObjectTagging:Delete", "s3:ObjectAcl:Put");

    private NotificationRules() {}

    static void check(NotificationConfiguration config) {
        List<FunctionTarget> targets = config.functions();
        for (FunctionTarget t : targets) {
            for (String e : t.events()) {
                if (!EVENTS.contains(e)) {
                    throw NotificationXml.invalid("The event is not supported for notifications: found '" + e
                            + "'. Use one such as s3:ObjectCreated:*, s3:ObjectCreated:Put or s3:ObjectRemoved:Delete.", "Event");
                }
            }
        }
        for (int i = 0; i < targets.size(); i++) {
            for (int j = i + 1; j < targets.size(); j++) {
                if (overlap(targets.get(i), targets.get(j))) {
                    throw NotificationXml.invalid("Configurations overlap. Configurations on the same bucket cannot share"
                            + " a common event type: '" + targets.get(i).id() + "' and '" + targets.get(j).id()
                            + "' both match some keys for one event. Give them disjoint prefixes or suffixes.", "Event");
                }
            }
        }
    }

    private static boolean overlap(FunctionTarget a, FunctionTarget b) {
        boolean keys = (a.prefix().startsWith(b.prefix()) || b.prefix().startsWith(a.prefix()))
                && (a.suffix().endsWith(b.suffix()) || b.suffix().endsWith(a.suffix()));
        return keys && a.events().stream().anyMatch(x -> b.events().stream().anyMatch(y -> sameType(x, y)));
    }

    private static boolean sameType(String x, String y) {
        return x.equals(y) || x.endsWith(":*") && y.startsWith(x.substring(0, x.length() - 1))
                || y.endsWith(":*") && x.startsWith(y.substring(0, y.length() - 1));
    }
}
