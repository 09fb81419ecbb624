package io.github.sorrysite.core.svg;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Minifies an SVG file, parsed with the JDK's XML parser, keeping everything a browser draws:
 * <ul>
 *   <li>the XML declaration, comments and {@code <metadata>} go (the output is UTF-8, XML's default);</li>
 *   <li>editors' elements and attributes go (Inkscape, Sodipodi, Illustrator, Sketch, Figma's
 *       namespaces), with their namespace declarations;</li>
 *   <li>white space between elements goes, except inside {@code <text>}, {@code <style>},
 *       {@code <script>}, {@code <title>}, {@code <desc>}, {@code <foreignObject>} and under
 *       {@code xml:space="preserve"}, where it can show;</li>
 *   <li>numbers in geometry attributes lose a leading zero and trailing zeros of a fraction
 *       ({@code 0.50} is {@code .5}); the separators between them stay as written;</li>
 *   <li>empty elements are written {@code <path/>}.</li>
 * </ul>
 * A file with a DOCTYPE (its entities could hold any text), a processing instruction other than
 * the XML declaration, or that is not well-formed XML is returned as it is.
 */
public final class MinifySvg {
    private static final Set<String> EDITOR_NAMESPACES = Set.of("http://www.inkscape.org/namespaces/inkscape",
            "http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd", "http://inkscape.sourceforge.net/DTD/sodipodi-0.dtd",
            "http://ns.adobe.com/AdobeIllustrator/10.0/", "http://ns.adobe.com/AdobeSVGViewerExtensions/3.0/",
            "http://ns.adobe.com/Extensibility/1.0/", "http://ns.adobe.com/Flows/1.0/", "http://ns.adobe.com/ImageReplacement/1.0/",
            "http://ns.adobe.com/GenericCustomNamespace/1.0/", "http://ns.adobe.com/XPath/1.0/", "http://ns.adobe.com/SaveForWeb/1.0/",
            "http://www.bohemiancoding.com/sketch/ns", "http://www.figma.com/figma/ns", "http://creativecommons.org/ns#",
            "http://purl.org/dc/elements/1.1/", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
    private static final Set<String> KEEP_WHITE_SPACE = Set.of("text", "tspan", "textPath", "style", "script", "title",
            "desc", "foreignObject");
    /** Attributes that hold only numbers (and path or transform letters) where a number's form does not matter. */
    private static final Set<String> NUMERIC = Set.of("d", "points", "viewBox", "x", "y", "x1", "y1", "x2", "y2", "cx", "cy",
            "r", "rx", "ry", "width", "height", "stroke-width", "opacity", "fill-opacity", "stroke-opacity", "stop-opacity",
            "transform", "offset", "fx", "fy");
    /** A plain decimal with a fraction, not right after another number (10.5.5) and not an exponent's mantissa. */
    //
    // Not after a digit, a point or an exponent's e/E and sign: in 1e5.0 or 2e-0.5 the digits after the e belong to the
    // exponent, and the fraction that follows is the next number.
    private static final Pattern DECIMAL = Pattern.compile("(?<![\\d.eE])(?<![eE][+-])(-?)(\\d*)\\.(\\d+)(?![\\d.eE])");
    private static final String XMLNS = XMLConstants.XMLNS_ATTRIBUTE_NS_URI;
    /** An attribute selector on a geometry attribute ({@code rect[width="10.0"]}): it compares the text as written. */
    private static final Pattern GEOMETRY_SELECTOR = Pattern.compile("\\[\\s*(?:[\\w*-]*\\|)?(?:" + String.join("|", NUMERIC)
            + ")\\s*[~|^$*]?=", Pattern.CASE_INSENSITIVE);

    private MinifySvg() {
    }

    /** The minified file, or {@code svg} itself when it is left as it is (see the class comment). */
    public static byte[] minify(byte[] svg) {
        Document document = parse(svg);
        if (document == null) {
            return svg;
        }
        StringBuilder out = new StringBuilder();
        StringBuilder css = new StringBuilder();
        NodeList styles = document.getElementsByTagNameNS("*", "style");
        for (int i = 0; i < styles.getLength(); i++) {
            css.append(styles.item(i).getTextContent());
        }
        write(document.getDocumentElement(), out, false, selectsGeometry(css.toString()));
        byte[] result = out.toString().getBytes(StandardCharsets.UTF_8);
        return result.length < svg.length ? result : svg;
    }

    private static Document parse(byte[] svg) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            // A DOCTYPE (external entities, or internal ones holding any text) makes the parse fail: left as it is.
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler()); // not-well-formed: an exception, nothing on stderr
            Document document = builder.parse(new ByteArrayInputStream(svg));
            for (Node n = document.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n.getNodeType() == Node.PROCESSING_INSTRUCTION_NODE) {
                    return null; // <?xml-stylesheet ...?> and the like: left for the browser
                }
            }
            Element root = document.getDocumentElement();
            return root != null && "svg".equals(root.getLocalName()) ? document : null;
        } catch (ParserConfigurationException | SAXException | IOException e) {
            return null;
        }
    }

    /** Whether {@code css} selects elements by a geometry attribute's text, so those numbers must stay as written. */
    public static boolean selectsGeometry(String css) {
        return GEOMETRY_SELECTOR.matcher(css).find();
    }

    private static void write(Element element, StringBuilder out, boolean keepSpace, boolean keepNumbers) {
        String name = element.getTagName();
        out.append('<').append(name);
        NamedNodeMap attributes = element.getAttributes();
        boolean preserve = keepSpace || KEEP_WHITE_SPACE.contains(element.getLocalName())
                || "preserve".equals(element.getAttributeNS(XMLConstants.XML_NS_URI, "space"));
        List<Attr> ordered = new ArrayList<>();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            // the parser does not keep the source order: namespace declarations first, as usual
            ordered.add(XMLNS.equals(attribute.getNamespaceURI()) ? ordered.size() - countOthers(ordered) : ordered.size(), attribute);
        }
        for (Attr attribute : ordered) {
            if (editorAttribute(attribute)) {
                continue;
            }
            String value = attribute.getValue();
            if (attribute.getNamespaceURI() == null && !keepNumbers) {
                value = geometry(attribute.getName(), value);
            }
            out.append(' ').append(attribute.getName()).append("=\"").append(escape(value, true)).append('"');
        }
        List<Node> children = new ArrayList<>();
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            switch (child.getNodeType()) {
                case Node.ELEMENT_NODE -> {
                    if (!isEditorElement((Element) child) && !"metadata".equals(child.getLocalName())) {
                        children.add(child);
                    }
                }
                case Node.TEXT_NODE -> {
                    if (preserve || !child.getNodeValue().isBlank()) {
                        children.add(child);
                    }
                }
                case Node.CDATA_SECTION_NODE, Node.ENTITY_REFERENCE_NODE -> children.add(child);
                default -> {
                    // comments and processing instructions inside the drawing: nothing a browser shows
                }
            }
        }
        if (children.isEmpty()) {
            out.append("/>");
            return;
        }
        out.append('>');
        for (Node child : children) {
            switch (child.getNodeType()) {
                case Node.ELEMENT_NODE -> write((Element) child, out, preserve, keepNumbers);
                case Node.CDATA_SECTION_NODE -> out.append("<![CDATA[").append(child.getNodeValue()).append("]]>");
                case Node.ENTITY_REFERENCE_NODE -> out.append('&').append(child.getNodeName()).append(';');
                default -> out.append(escape(child.getNodeValue(), false));
            }
        }
        out.append("</").append(name).append('>');
    }

    private static int countOthers(List<Attr> attributes) {
        return (int) attributes.stream().filter(a -> !XMLNS.equals(a.getNamespaceURI())).count();
    }

    private static boolean isEditorElement(Element element) {
        return element.getNamespaceURI() != null && EDITOR_NAMESPACES.contains(element.getNamespaceURI());
    }

    private static boolean editorAttribute(Attr attribute) {
        String ns = attribute.getNamespaceURI();
        if (XMLNS.equals(ns)) {
            return EDITOR_NAMESPACES.contains(attribute.getValue());
        }
        return ns != null && EDITOR_NAMESPACES.contains(ns);
    }

    /**
     * The value of attribute {@code name} with its numbers shortened when it is a geometry attribute
     * ({@code d}, {@code viewBox}, {@code points}, {@code x}...), else as it is; for inline SVG too.
     */
    public static String geometry(String name, String value) {
        return NUMERIC.contains(name) ? shortenNumbers(value) : value;
    }

    /** {@code 0.50} to {@code .5}, {@code -0.25} to {@code -.25}, {@code 2.0} to {@code 2}; separators as they are. */
    static String shortenNumbers(String value) {
        Matcher m = DECIMAL.matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String whole = m.group(2).replaceFirst("^0+(?=\\d)", "");
            String fraction = m.group(3).replaceFirst("0+$", "");
            String number;
            if (fraction.isEmpty()) {
                number = whole.isEmpty() ? "0" : whole;
            } else {
                number = (whole.equals("0") ? "" : whole) + "." + fraction;
            }
            String sign = number.equals("0") ? "" : m.group(1);
            m.appendReplacement(out, Matcher.quoteReplacement(sign + number));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String escape(String s, boolean attribute) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append(!attribute && i >= 2 && s.startsWith("]]", i - 2) ? "&gt;" : ">");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                case '\n', '\r', '\t' -> out.append(attribute ? "&#" + (int) c + ";" : String.valueOf(c));
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
