package dev.carerecord.sdk.fhir.internal.mapping;

import ca.uhn.fhir.model.primitive.XhtmlDt;
import java.util.Map;
import org.hl7.fhir.r4.model.Narrative;
import org.hl7.fhir.utilities.xhtml.NodeType;
import org.hl7.fhir.utilities.xhtml.XhtmlNode;

/**
 * A narrative's XHTML as text, exactly as {@link Narrative#getDivAsString()} writes it (HAPI's
 * {@code XhtmlComposer} in XML mode, not pretty, then {@link XhtmlDt#preprocessXhtmlNamespaceDeclaration}), written
 * into one {@link StringBuilder}, with runs of plain text copied whole. HAPI's composer writes character by
 * character into a synchronised {@code StringWriter} and builds every tag by string concatenation, which made
 * re-serialising IPS section narratives about a tenth of the document's mapping time. Only elements and text are
 * written here; a narrative holding anything else (a comment, a processing instruction, a {@code head},
 * {@code script} or {@code style} element, which HAPI writes in its own ways) is left to HAPI. A test holds the two
 * to the same text, against the HAPI on the class path, on every fixture narrative and on generated ones, so a HAPI
 * upgrade that writes differently fails it. Not part of the public API.
 */
final class NarrativeHtml {
    private NarrativeHtml() {
    }

    /** The narrative's div as {@code getDivAsString()} gives it: null when there is none or it is empty. */
    static String divAsString(Narrative narrative) {
        XhtmlNode div = narrative.getDiv();
        if (div == null || div.isEmpty()) {
            return null;
        }
        String html = compose(div);
        return html == null ? narrative.getDivAsString() : XhtmlDt.preprocessXhtmlNamespaceDeclaration(html);
    }

    /** What HAPI's composer writes for a non-empty div, or null when the div holds something left to HAPI. */
    static String compose(XhtmlNode div) {
        StringBuilder out = new StringBuilder(512);
        return div.getNodeType() == NodeType.Element && element(div, out) ? out.toString() : null;
    }

    /** Writes an element and what it holds; false when it holds something left to HAPI. */
    private static boolean element(XhtmlNode node, StringBuilder out) {
        String name = node.getName();
        if (name == null || name.equals("head") || name.equals("script") || name.equals("style")) {
            return false;
        }
        out.append('<').append(name);
        if (node.hasAttributes()) {
            attributes(node.getAttributes(), out); // getAttributes() alone would create an empty map
        }
        if (!node.hasChildren() && !node.hasContent()) {
            out.append("/>");
            return true;
        }
        if (!node.hasChildren()) {
            return false;
        }
        out.append('>');
        for (XhtmlNode child : node.getChildNodes()) {
            NodeType type = child.getNodeType();
            boolean written = type == NodeType.Element ? element(child, out)
                    : type == NodeType.Text && text(child.getContent(), out);
            if (!written) {
                return false;
            }
        }
        out.append("</").append(name).append('>');
        return true;
    }

    private static void attributes(Map<String, String> attributes, StringBuilder out) {
        for (Map.Entry<String, String> attribute : attributes.entrySet()) {
            out.append(' ').append(attribute.getKey()).append("=\"");
            String value = attribute.getValue();
            if (value == null || value.isEmpty()) {
                out.append("null"); // as HAPI writes an empty attribute
            } else {
                attributeValue(value, out);
            }
            out.append('"');
        }
    }

    /**
     * Text as HAPI escapes it in XML: markup characters and quotes, and characters beyond 16 bits as hex. Runs of
     * characters that need nothing are copied in one go.
     */
    private static boolean text(String content, StringBuilder out) {
        if (content == null) {
            return false;
        }
        int n = content.length();
        int from = 0;
        for (int i = 0; i < n; i++) {
            char c = content.charAt(i);
            String escaped = escaped(c);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(content.charAt(i + 1));
            if (escaped == null && !pair) {
                continue;
            }
            out.append(content, from, i);
            if (pair) {
                int codePoint = content.codePointAt(i);
                out.append("&#x").append(Integer.toHexString(codePoint).toUpperCase()).append(';');
                i++;
            } else {
                out.append(escaped);
            }
            from = i + 1;
        }
        out.append(content, from, n);
        return true;
    }

    /** An attribute value as HAPI escapes it: the same four characters, and nothing done to surrogates. */
    private static void attributeValue(String value, StringBuilder out) {
        int from = 0;
        for (int i = 0; i < value.length(); i++) {
            String escaped = escaped(value.charAt(i));
            if (escaped != null) {
                out.append(value, from, i).append(escaped);
                from = i + 1;
            }
        }
        out.append(value, from, value.length());
    }

    private static String escaped(char c) {
        return switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> "&quot;";
            default -> null;
        };
    }
}
