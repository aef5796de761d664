package dojo.lambda.s3;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.w3c.dom.Element;

/**
 * The {@code NotificationConfiguration} document of Put/GetBucketNotificationConfiguration. The
 * SDKs send a {@code LambdaFunctionConfiguration} as {@code <CloudFunctionConfiguration>} with the
 * ARN in {@code <CloudFunction>}; both spellings are read.
 */
final class NotificationXml {
    private static final List<String> KNOWN = List.of("CloudFunctionConfiguration", "LambdaFunctionConfiguration",
            "QueueConfiguration", "TopicConfiguration", "EventBridgeConfiguration");
    private NotificationXml() {}

    static NotificationConfiguration parse(byte[] body) {
        Element root = XmlReader.root(body, "NotificationConfiguration");
        for (String name : XmlReader.childNames(root)) {
            if (!KNOWN.contains(name)) {
                throw XmlReader.malformed("<NotificationConfiguration> has no element <" + name + ">; it holds "
                        + String.join(", ", KNOWN));
            }
        }
        List<FunctionTarget> targets = new ArrayList<>();
        for (String other : List.of("QueueConfiguration", "TopicConfiguration", "EventBridgeConfiguration")) {
            if (!XmlReader.children(root, other).isEmpty()) {
                throw new S3Exception(S3ErrorCode.NotImplemented, "mini-lambda's S3 delivers bucket notifications to"
                        + " Lambda functions only; found a " + other + ". Use LambdaFunctionConfigurations and let the"
                        + " function forward the event.");
            }
        }
        List<Element> configs = new ArrayList<>(XmlReader.children(root, "CloudFunctionConfiguration"));
        configs.addAll(XmlReader.children(root, "LambdaFunctionConfiguration"));
        for (Element c : configs) {
            targets.add(target(c));
        }
        return new NotificationConfiguration(targets);
    }

    private static FunctionTarget target(Element c) {
        String arn = XmlReader.text(c, "CloudFunction");
        if (arn == null) {
            arn = XmlReader.text(c, "LambdaFunctionArn");
        }
        if (arn == null || arn.isBlank()) {
            throw XmlReader.malformed("a LambdaFunctionConfiguration needs the function's ARN (LambdaFunctionArn)");
        }
        List<String> events = XmlReader.children(c, "Event").stream().map(e -> e.getTextContent().strip()).toList();
        if (events.isEmpty()) {
            throw XmlReader.malformed("a LambdaFunctionConfiguration needs at least one Event, such as s3:ObjectCreated:*");
        }
        String prefix = null;
        String suffix = null;
        Element filter = XmlReader.children(c, "Filter").stream().findFirst().orElse(null);
        Element key = filter == null ? null : XmlReader.children(filter, "S3Key").stream().findFirst().orElse(null);
        if (key != null) {
            for (Element rule : XmlReader.children(key, "FilterRule")) {
                String name = String.valueOf(XmlReader.text(rule, "Name")).strip().toLowerCase(Locale.ROOT);
                String value = XmlReader.text(rule, "Value");
                boolean isPrefix = name.equals("prefix");
                if (!isPrefix && !name.equals("suffix")) {
                    throw invalid("filter rule name must be either prefix or suffix, found '" + XmlReader.text(rule, "Name")
                            + "'", "FilterRule");
                }
                if (isPrefix ? prefix != null : suffix != null) {
                    throw invalid("Cannot specify more than one " + name + " rule in a filter.", "FilterRule");
                }
                if (isPrefix) {
                    prefix = value == null ? "" : value;
                } else {
                    suffix = value == null ? "" : value;
                }
            }
        }
        String id = XmlReader.text(c, "Id");
        if (id == null || id.isBlank()) {
            id = Base64.getEncoder().withoutPadding().encodeToString(UUID.randomUUID().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return new FunctionTarget(id, arn.strip(), events, prefix, suffix);
    }

    static String write(NotificationConfiguration config) {
        XmlWriter xml = XmlWriter.document("NotificationConfiguration");
        for (FunctionTarget t : config.functions()) {
            xml.start("CloudFunctionConfiguration").element("Id", t.id()).element("CloudFunction", t.functionArn());
            t.events().forEach(e -> xml.element("Event", e));
            if (!t.prefix().isEmpty() || !t.suffix().isEmpty()) {
                xml.start("Filter").start("S3Key");
                if (!t.prefix().isEmpty()) {
                    xml.start("FilterRule").element("Name", "Prefix").element("Value", t.prefix()).end();
                }
                if (!t.suffix().isEmpty()) {
                    xml.start("FilterRule").element("Name", "Suffix").element("Value", t.suffix()).end();
                }
                xml.end().end();
            }
            xml.end();
        }
        return xml.finish();
    }

    static S3Exception invalid(String message, String argument) {
        return new S3Exception(S3ErrorCode.InvalidArgument, message).with("ArgumentName", argument);
    }
}
