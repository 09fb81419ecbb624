package io.github.sorrysite.aws;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.utils.http.SdkHttpUtils;

/**
 * The XML of S3's answers and of its one XML request, as S3's API reference documents them: the
 * ListObjectsV2 result (requested with {@code encoding-type=url}, so keys come URL-encoded and any
 * character a key may hold survives XML 1.0), the DeleteObjects request and result, and the error
 * document of a refusal. Read with the JDK's StAX parser, DTDs and external entities off.
 */
final class S3Listing {
    private static final XMLInputFactory XML = XMLInputFactory.newFactory();

    static {
        XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XML.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
    }

    private S3Listing() {
    }

    /** One listed object. {@code etag} as S3 sends it (quoted); {@code size} -1 when absent. */
    record Entry(String key, long size, String etag, Instant lastModified) {
    }

    /** One page of a listing; {@code nextToken} null on the last. */
    record Page(List<Entry> entries, String nextToken) {
    }

    /** A key DeleteObjects could not delete, or (key null) a refusal's error document. */
    record Failure(String key, String code, String message) {
    }

    /**
     * A refusal's {@code <Error>} document: its Code and Message, each null when absent; both null for an empty body
     * (HEAD) or one that is not XML.
     */
    static Failure parseError(byte[] xml) {
        try {
            List<Failure> errors = errors(xml);
            return errors.isEmpty() ? new Failure(null, null, null) : errors.get(0);
        } catch (XMLStreamException | RuntimeException notXml) {
            return new Failure(null, null, null);
        }
    }

    static Page parsePage(byte[] xml) {
        List<Entry> entries = new ArrayList<>();
        String next = null;
        boolean truncated = false;
        boolean urlEncoded = false;
        try {
            XMLStreamReader r = XML.createXMLStreamReader(new ByteArrayInputStream(xml));
            String key = null;
            String etag = null;
            long size = -1;
            Instant modified = null;
            boolean inContents = false;
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = r.getLocalName();
                    switch (name) {
                        case "Contents" -> {
                            inContents = true;
                            key = null;
                            etag = null;
                            size = -1;
                            modified = null;
                        }
                        case "Key" -> key = inContents ? r.getElementText() : key;
                        case "ETag" -> etag = inContents ? r.getElementText() : etag;
                        case "Size" -> size = inContents ? Long.parseLong(r.getElementText().trim()) : size;
                        case "LastModified" -> modified = inContents ? Instant.parse(r.getElementText().trim()) : modified;
                        case "IsTruncated" -> truncated = Boolean.parseBoolean(r.getElementText().trim());
                        case "NextContinuationToken" -> next = r.getElementText();
                        case "EncodingType" -> urlEncoded = "url".equals(r.getElementText().trim());
                        default -> {
                        }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("Contents")) {
                    inContents = false;
                    if (key != null) {
                        entries.add(new Entry(key, size, etag, modified));
                    }
                }
            }
        } catch (XMLStreamException | RuntimeException e) {
            throw SdkClientException.create("S3 answered ListObjectsV2 with a body that is not its ListBucketResult: " + e.getMessage(), e);
        }
        if (urlEncoded) {
            entries.replaceAll(e -> new Entry(SdkHttpUtils.urlDecode(e.key()), e.size(), e.etag(), e.lastModified()));
        }
        return new Page(entries, truncated && next != null && !next.isEmpty() ? next : null);
    }

    static byte[] deleteRequest(List<String> keys) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Delete xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"><Quiet>true</Quiet>");
        for (String key : keys) {
            xml.append("<Object><Key>").append(escape(key)).append("</Key></Object>");
        }
        return xml.append("</Delete>").toString().getBytes(StandardCharsets.UTF_8);
    }

    static List<Failure> parseDeleteResult(byte[] xml) {
        try {
            return errors(xml);
        } catch (XMLStreamException | RuntimeException e) {
            throw SdkClientException.create("S3 answered DeleteObjects with a body that is not its DeleteResult: " + e.getMessage(), e);
        }
    }

    /** Every {@code <Error>} element: a DeleteResult's per key, or the one a refusal is. */
    private static List<Failure> errors(byte[] xml) throws XMLStreamException {
        List<Failure> failures = new ArrayList<>();
        if (xml.length == 0) {
            return failures;
        }
        XMLStreamReader r = XML.createXMLStreamReader(new ByteArrayInputStream(xml));
        String key = null;
        String code = null;
        String message = null;
        boolean inError = false;
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (r.getLocalName()) {
                    case "Error" -> {
                        inError = true;
                        key = null;
                        code = null;
                        message = null;
                    }
                    case "Key" -> key = inError ? r.getElementText() : key;
                    case "Code" -> code = inError ? r.getElementText() : code;
                    case "Message" -> message = inError ? r.getElementText() : message;
                    default -> {
                    }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("Error")) {
                inError = false;
                failures.add(new Failure(key, code, message));
            }
        }
        return failures;
    }

    /** XML text escaping; a key holding a character XML 1.0 cannot carry cannot be deleted this way (as with the SDK). */
    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                case '\r' -> out.append("&#13;");
                case '\n' -> out.append("&#10;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
