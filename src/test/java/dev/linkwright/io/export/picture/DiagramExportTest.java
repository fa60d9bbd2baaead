package dev.linkwright.io.export.picture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.linkwright.io.export.BadgeSeverity;
import dev.linkwright.io.export.ExportException;
import dev.linkwright.io.export.ExportFormat;
import dev.linkwright.io.export.ExportOptions;
import dev.linkwright.io.export.ExportProgress;
import dev.linkwright.io.export.ExportTesting;
import dev.linkwright.io.export.SummaryBuilder;
import dev.linkwright.model.Design;
import dev.linkwright.model.ElementId;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class DiagramExportTest {

    static Stream<Path> samples() {
        return ExportTesting.samples();
    }

    static byte[] render(ExportFormat format, Design design, ExportOptions options) throws Exception {
        return new DiagramExporter(format).render(design, options, new SummaryBuilder(format), ExportProgress.NONE);
    }

    static Document xml(byte[] bytes) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    }

    static Set<String> attributeValues(Document doc, String tag, String attribute) {
        Set<String> values = new HashSet<>();
        NodeList list = doc.getElementsByTagName(tag);
        for (int i = 0; i < list.getLength(); i++) {
            values.add(((Element) list.item(i)).getAttribute(attribute));
        }
        return values;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void svgIsXmlWithAGroupPerElementAndTheIconsDefinedInIt(Path file) throws Exception {
        Design design = ExportTesting.load(file);
        Document svg = xml(render(ExportFormat.SVG, design, ExportOptions.defaults()));
        assertThat(svg.getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(svg.getDocumentElement().getAttribute("xmlns")).isEqualTo("http://www.w3.org/2000/svg");
        Set<String> groupIds = attributeValues(svg, "g", "id");
        assertThat(groupIds).containsAll(ExportTesting.ids(design));
        assertThat(attributeValues(svg, "use", "data-icon")).contains("group-vpc", "group-account");
        Set<String> symbols = attributeValues(svg, "symbol", "id");
        assertThat(symbols).contains("lw-icon-group-vpc");
        for (String href : attributeValues(svg, "use", "href")) {
            assertThat(symbols).as("icons are defined in the file").contains(href.substring(1));
        }
        assertThat(svg.getElementsByTagName("image").getLength()).as("no external images").isZero();
        assertThat(groupIds).contains("legend");
        NodeList titles = svg.getElementsByTagName("title");
        assertThat(titles.getLength()).isGreaterThan(ExportTesting.ids(design).size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void drawioIsAnMxfileWithACellPerElementAndChildrenRelativeToTheirContainer(Path file) throws Exception {
        Design design = ExportTesting.load(file);
        Document doc = xml(render(ExportFormat.DRAWIO, design, ExportOptions.defaults()));
        assertThat(doc.getDocumentElement().getTagName()).isEqualTo("mxfile");
        Element root = (Element) doc.getElementsByTagName("root").item(0);
        assertThat(root.getParentNode().getNodeName()).isEqualTo("mxGraphModel");
        assertThat(root.getParentNode().getParentNode().getNodeName()).isEqualTo("diagram");
        NodeList cells = root.getElementsByTagName("mxCell");
        assertThat(((Element) cells.item(0)).getAttribute("id")).isEqualTo("0");
        assertThat(((Element) cells.item(1)).getAttribute("id")).isEqualTo("1");
        assertThat(((Element) cells.item(1)).getAttribute("parent")).isEqualTo("0");
        Map<String, Element> byId = new HashMap<>();
        for (int i = 0; i < cells.getLength(); i++) {
            Element c = (Element) cells.item(i);
            if (c.hasAttribute("parent")) {
                assertThat(byId).as("the parent of %s comes before it", c.getAttribute("id")).containsKey(c.getAttribute("parent"));
            }
            assertThat(byId.put(c.getAttribute("id"), c)).as("duplicate cell id %s", c.getAttribute("id")).isNull();
        }
        assertThat(byId.keySet()).containsAll(ExportTesting.ids(design));
        for (Element c : byId.values()) {
            for (String ref : List.of("parent", "source", "target")) {
                if (c.hasAttribute(ref)) {
                    assertThat(byId).as("%s of %s", ref, c.getAttribute("id")).containsKey(c.getAttribute(ref));
                }
            }
            assertInsideParent(c, byId);
        }
    }

    private static void assertInsideParent(Element cell, Map<String, Element> byId) {
        String parent = cell.getAttribute("parent");
        if (!"1".equals(cell.getAttribute("vertex")) || parent.equals("1") || parent.equals("0") || "0".equals(cell.getAttribute("visible"))) {
            return;
        }
        Element g = (Element) cell.getElementsByTagName("mxGeometry").item(0);
        Element pg = (Element) byId.get(parent).getElementsByTagName("mxGeometry").item(0);
        double x = Double.parseDouble(g.getAttribute("x"));
        double y = Double.parseDouble(g.getAttribute("y"));
        assertThat(x).as("%s x within %s", cell.getAttribute("id"), parent).isBetween(-0.5, Double.parseDouble(pg.getAttribute("width")));
        assertThat(y).as("%s y within %s", cell.getAttribute("id"), parent).isBetween(-0.5, Double.parseDouble(pg.getAttribute("height")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void pngHasTheExpectedSizeAndIsNotBlank(Path file) throws Exception {
        Design design = ExportTesting.load(file);
        ExportOptions options = ExportOptions.defaults().withScale(0.5);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(render(ExportFormat.PNG, design, options)));
        int[] expected = DiagramExporter.pngSize(design, options);
        assertThat(new int[] {image.getWidth(), image.getHeight()}).isEqualTo(expected);
        assertThat(image.getRGB(0, 0)).as("white background").isEqualTo(0xFFFFFFFF);
        assertThat(inkedFraction(image)).as("share of non-white pixels").isGreaterThan(0.03);
    }

    static double inkedFraction(BufferedImage image) {
        int inked = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                int argb = image.getRGB(x, y);
                if ((argb >>> 24) > 0 && (argb & 0xFFFFFF) != 0xFFFFFF) {
                    inked++;
                }
            }
        }
        return inked / (double) (((image.getHeight() + 1) / 2) * ((image.getWidth() + 1) / 2));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void pdfOpensWithOnePageOfTheDiagramsSizeAndTextAsText(Path file) throws Exception {
        Design design = ExportTesting.load(file);
        Element svg = xml(render(ExportFormat.SVG, design, ExportOptions.defaults())).getDocumentElement();
        try (PDDocument pdf = Loader.loadPDF(render(ExportFormat.PDF, design, ExportOptions.defaults()))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            PDRectangle box = pdf.getPage(0).getMediaBox();
            assertThat((double) box.getWidth()).isCloseTo(Double.parseDouble(svg.getAttribute("width")), org.assertj.core.data.Offset.offset(1.0));
            assertThat((double) box.getHeight()).isCloseTo(Double.parseDouble(svg.getAttribute("height")), org.assertj.core.data.Offset.offset(1.0));
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains(design.title().isEmpty() ? "AWS Cloud" : design.title().substring(0, 10));
        }
    }

    @Test
    void aTransparentPngHasNoBackground() throws Exception {
        ExportOptions options = ExportOptions.defaults().withTransparent(true).withScale(0.25);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(render(ExportFormat.PNG, ExportTesting.basic(), options)));
        assertThat(image.getColorModel().hasAlpha()).isTrue();
        assertThat(image.getRGB(image.getWidth() - 1, image.getHeight() - 1) >>> 24).isZero();
        assertThat(inkedFraction(image)).isGreaterThan(0.02);
    }

    @Test
    void theScaleMultipliesThePixels() throws Exception {
        BufferedImage one = ImageIO.read(new ByteArrayInputStream(render(ExportFormat.PNG, ExportTesting.basic(), ExportOptions.defaults())));
        BufferedImage two = ImageIO.read(new ByteArrayInputStream(render(ExportFormat.PNG, ExportTesting.basic(),
                ExportOptions.defaults().withScale(2))));
        assertThat(two.getWidth()).isBetween(one.getWidth() * 2 - 1, one.getWidth() * 2);
        assertThat(two.getHeight()).isBetween(one.getHeight() * 2 - 1, one.getHeight() * 2);
    }

    @Test
    void overlaysDrawTheFlowPathAndBadges() throws Exception {
        ExportOptions options = ExportOptions.defaults()
                .withFlowPath(List.of(ElementId.of("instance-a"), ElementId.of("vpce-a"), ElementId.of("vpce-svc-1234"),
                        ElementId.of("nlb-b"), ElementId.of("instance-b1")))
                .withBadges(Map.of(ElementId.of("sg-service"), BadgeSeverity.ERROR, ElementId.of("vpce-a"), BadgeSeverity.WARNING));
        String svg = new String(render(ExportFormat.SVG, ExportTesting.basic(), options), StandardCharsets.UTF_8);
        assertThat(svg).contains("lw-flow").contains("data-hops=\"instance-a vpce-a vpce-svc-1234 nlb-b instance-b1\"")
                .contains("lw-badge-error").contains("lw-badge-warning").contains("Flow path");
        String drawio = new String(render(ExportFormat.DRAWIO, ExportTesting.basic(), options), StandardCharsets.UTF_8);
        assertThat(drawio).contains("lw:flow:4").contains("lw:badge:sg-service");
        assertThatThrownBy(() -> render(ExportFormat.SVG, ExportTesting.basic(),
                ExportOptions.defaults().withFlowPath(List.of(ElementId.of("nowhere"))))).isInstanceOf(ExportException.class)
                .hasMessageContaining("nowhere");
    }

    @Test
    void aSelectionDrawsItsElementsWithTheirContainers() throws Exception {
        Document svg = xml(render(ExportFormat.SVG, ExportTesting.basic(),
                ExportOptions.defaults().withScope(Set.of(ElementId.of("vpc-b")))));
        Set<String> ids = attributeValues(svg, "g", "id");
        assertThat(ids).contains("vpc-b", "nlb-b", "instance-b1", "222222222222").doesNotContain("vpc-a", "instance-a");
    }

    @Test
    void privateLinkBasicMatchesTheGoldenFiles() throws Exception {
        ExportTesting.assertMatchesGolden("privatelink-basic.svg",
                new String(render(ExportFormat.SVG, ExportTesting.basic(), ExportOptions.defaults()), StandardCharsets.UTF_8));
        ExportTesting.assertMatchesGolden("privatelink-basic.drawio",
                new String(render(ExportFormat.DRAWIO, ExportTesting.basic(), ExportOptions.defaults()), StandardCharsets.UTF_8));
    }

    @Test
    void privateLinkBasicPngAndPdfMatchTheGoldenStructure() throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(render(ExportFormat.PNG, ExportTesting.basic(), ExportOptions.defaults())));
        try (PDDocument pdf = Loader.loadPDF(render(ExportFormat.PDF, ExportTesting.basic(), ExportOptions.defaults()))) {
            PDRectangle box = pdf.getPage(0).getMediaBox();
            String text = new PDFTextStripper().getText(pdf);
            String structure = "png " + image.getWidth() + "x" + image.getHeight() + "\n"
                    + "pdf pages " + pdf.getNumberOfPages() + " " + Math.round(box.getWidth()) + "x" + Math.round(box.getHeight()) + "\n"
                    + "pdf text lines " + String.join(" | ", text.lines().map(String::trim).filter(l -> !l.isEmpty()).sorted().toList()) + "\n";
            ExportTesting.assertMatchesGolden("privatelink-basic.png-pdf.txt", structure);
        }
    }
}
