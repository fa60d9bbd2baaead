package dev.linkwright.io.export.picture;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawerDefaultFonts;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;

/** Headless PNG and PDF output of a {@link Picture} (java.awt without a display, PDFBox). */
final class DiagramRenderers {

    /** Largest PNG side in pixels; larger pictures are refused with a reason instead of running out of memory. */
    static final int MAX_PIXELS_PER_SIDE = 16_000;

    private DiagramRenderers() {
    }

    /** The PNG size in pixels of {@code picture} at {@code scale}. */
    static int[] pngSize(Picture picture, double scale) {
        return new int[] {(int) Math.ceil(picture.width() * scale), (int) Math.ceil(picture.height() * scale)};
    }

    static byte[] png(Picture picture, double scale, boolean transparent) throws IOException {
        int[] size = pngSize(picture, scale);
        if (size[0] > MAX_PIXELS_PER_SIDE || size[1] > MAX_PIXELS_PER_SIDE) {
            throw new IOException("the image would be " + size[0] + " x " + size[1] + " pixels; use a smaller --scale (at most "
                    + MAX_PIXELS_PER_SIDE + " pixels a side)");
        }
        BufferedImage image = new BufferedImage(Math.max(1, size[0]), Math.max(1, size[1]), BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(scale, scale);
            Graphics2DPainter.paint(picture, g, !transparent);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** A one-page vector PDF, one point per diagram unit, text as text in Helvetica where it can be encoded. */
    static byte[] pdf(Picture picture) throws IOException {
        try (PDDocument document = new PDDocument()) {
            float w = (float) picture.width();
            float h = (float) picture.height();
            PDPage page = new PDPage(new PDRectangle(w, h));
            document.addPage(page);
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(picture.title().isEmpty() ? "Linkwright diagram" : picture.title());
            info.setCreator("Linkwright");
            PdfBoxGraphics2D g = new PdfBoxGraphics2D(document, w, h);
            g.setFontTextDrawer(new PdfBoxGraphics2DFontTextDrawerDefaultFonts());
            try {
                Graphics2DPainter.paint(picture, g, true);
            } finally {
                g.dispose();
            }
            PDFormXObject form = g.getXFormObject();
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawForm(form);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }
}
