package dev.linkwright.diagram;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * Reads the curated AWS icon SVGs with the JDK's XML parser. The icons use only {@code <g>} and
 * {@code <path>} elements with {@code fill} and {@code fill-rule}, which is all this reads.
 */
final class IconGraphics {

    private static final Map<AwsIcon, IconGraphic> CACHE = new EnumMap<>(AwsIcon.class);

    private IconGraphics() {
    }

    static synchronized IconGraphic load(AwsIcon icon) {
        return CACHE.computeIfAbsent(icon, IconGraphics::read);
    }

    private static IconGraphic read(AwsIcon icon) {
        try (InputStream in = IconGraphics.class.getResourceAsStream(icon.resourcePath())) {
            if (in == null) {
                throw new IllegalStateException("icon resource " + icon.resourcePath() + " is missing from the classpath");
            }
            Document doc = parser().parse(in);
            Element svg = doc.getDocumentElement();
            double[] box = viewBox(svg.getAttribute("viewBox"));
            List<IconGraphic.IconPath> paths = new ArrayList<>();
            collect(svg, "#000000", false, paths);
            return new IconGraphic(icon.fileName(), box[0], box[1], paths);
        } catch (IOException | SAXException | ParserConfigurationException e) {
            throw new IllegalStateException("icon " + icon.resourcePath() + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static DocumentBuilder parser() throws ParserConfigurationException {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setExpandEntityReferences(false);
        f.setNamespaceAware(false);
        return f.newDocumentBuilder();
    }

    private static double[] viewBox(String text) {
        String[] parts = text.trim().split("[\\s,]+");
        if (parts.length != 4) {
            return new double[] {48, 48};
        }
        return new double[] {Double.parseDouble(parts[2]), Double.parseDouble(parts[3])};
    }

    private static void collect(Element parent, String inheritedFill, boolean inheritedEvenOdd, List<IconGraphic.IconPath> out) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element e)) {
                continue;
            }
            String fill = e.hasAttribute("fill") ? e.getAttribute("fill") : inheritedFill;
            boolean evenOdd = e.hasAttribute("fill-rule") ? "evenodd".equals(e.getAttribute("fill-rule")) : inheritedEvenOdd;
            switch (e.getTagName()) {
                case "g":
                    collect(e, fill, evenOdd, out);
                    break;
                case "path":
                    if (!"none".equals(fill) && !e.getAttribute("d").isEmpty()) {
                        out.add(new IconGraphic.IconPath(e.getAttribute("d"), normalise(fill), evenOdd));
                    }
                    break;
                default:
                    break; // <title> and the like
            }
        }
    }

    private static String normalise(String fill) {
        String f = fill.trim().toLowerCase(Locale.ROOT);
        if (f.matches("#[0-9a-f]{3}")) {
            return "#" + f.charAt(1) + f.charAt(1) + f.charAt(2) + f.charAt(2) + f.charAt(3) + f.charAt(3);
        }
        return f;
    }
}
