package dev.vigil.platform.web;

import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;

/**
 * Every PDF Vigil hands out (review exports, regulator drafts, registers, committee packs), from XHTML
 * with openhtmltopdf. The same XHTML and stamp always give the same bytes: the dates are the record's,
 * not the wall clock's, and the trailer id is a digest of the content, so a document can be regenerated
 * and compared byte for byte. openhtmltopdf is an optional dependency of the platform: a service that
 * renders PDFs declares it.
 */
public final class Pdf {

    private Pdf() {
    }

    /**
     * @param xhtml the document
     * @param title the PDF's title
     * @param stamp its creation and modification date (the record's time), or null for none
     */
    public static byte[] render(String xhtml, String title, Instant stamp) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(xhtml, null);
            builder.withProducer("Vigil");
            builder.toStream(out);
            try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
                renderer.createPDFWithoutClosing();
                PDDocument pdf = renderer.getPdfDocument();
                PDDocumentInformation info = pdf.getDocumentInformation();
                info.setTitle(title);
                if (stamp != null) {
                    Calendar at = GregorianCalendar.from(stamp.atZone(ZoneOffset.UTC));
                    info.setCreationDate(at);
                    info.setModificationDate(at);
                }
                byte[] id = Arrays.copyOf(sha256(xhtml.getBytes(StandardCharsets.UTF_8)), 16);
                COSArray ids = new COSArray();
                ids.add(new COSString(id));
                ids.add(new COSString(id));
                pdf.getDocument().getTrailer().setItem(COSName.ID, ids);
                pdf.save(out);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
