package dojo.lambda.s3;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Reads the small XML documents clients send (bucket configuration, notification, delete lists). */
final class XmlReader {
    private XmlReader() {}

    /** The root element of {@code body}; a malformed document is S3's {@code MalformedXML}. */
    static Element root(byte[] body, String expectedRoot) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(null);
            Element root = b.parse(new ByteArrayInputStream(body)).getDocumentElement();
            if (!root.getLocalName().equals(expectedRoot)) {
                throw malformed("expected the root element <" + expectedRoot + ">, found <" + root.getLocalName() + ">");
            }
            return root;
        } catch (S3Exception e) {
            throw e;
        } catch (Exception e) {
            throw malformed(String.valueOf(e.getMessage()));
        }
    }

    static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getLocalName().equals(name)) {
                out.add(e);
            }
        }
        return out;
    }

    static List<String> childNames(Element parent) {
        List<String> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                out.add(e.getLocalName());
            }
        }
        return out;
    }

    /** The text of the first child element {@code name}, or null when there is none. */
    static String text(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.get(0).getTextContent();
    }

    static S3Exception malformed(String detail) {
        return new S3Exception(S3ErrorCode.MalformedXML, "The request body could not be read: " + detail
                + ". Send the XML document the S3 API reference shows for this operation.");
    }
}
