package probe24;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads an Atom-like feed with the JDK's SAX parser. The fields of the {@code <entry>}
 * being parsed are collected in a map that startElement creates and endElement hands
 * off; the parser only reports a well-formed matching end tag, and nested entries are
 * rejected, so endElement("entry") always follows the startElement that created the map.
 */
public class Z28SaxFeedReader {

    private final List<Map<String, String>> entries = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    /** Fields of the entry being parsed; null outside an entry. */
    private LinkedHashMap<String, String> current;

    private final class Handler extends DefaultHandler {
        @Override
        public void startDocument() {
            current = null;
            entries.clear();
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
            if ("entry".equals(qName)) {
                if (current != null) {
                    throw new SAXException("nested <entry> is not allowed");
                }
                current = new LinkedHashMap<>();
                for (int i = 0; i < atts.getLength(); i++) {
                    current.put("@" + atts.getQName(i), atts.getValue(i));
                }
            }
            text.setLength(0);
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            text.append(ch, start, length);
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            if ("entry".equals(qName)) {
                entries.add(Collections.unmodifiableMap(current));
                current = null;
            } else if (current != null) {
                current.put(qName, text.toString().trim());
            }
        }
    }

    public List<Map<String, String>> read(String xml) throws ParserConfigurationException, SAXException, IOException {
        SAXParserFactory.newInstance().newSAXParser().parse(new InputSource(new StringReader(xml)), new Handler());
        return List.copyOf(entries);
    }

    public static void main(String[] args) throws ParserConfigurationException, IOException {
        Z28SaxFeedReader reader = new Z28SaxFeedReader();
        String feed = "<feed><title>Blog</title><entry id=\"1\"><title>Hello</title><updated>2024-01-01</updated></entry>"
                + "<entry id=\"2\"><title> Second </title></entry></feed>";
        try {
            System.out.println(reader.read(feed));
            System.out.println(reader.read("<entry><title>solo</title></entry>"));
            System.out.println(reader.read("<feed><entry><entry/></entry></feed>"));
        } catch (SAXException e) {
            System.out.println("rejected: " + e.getMessage());
        }
        try {
            System.out.println(reader.read("<feed><title>empty</title></feed>") + " " + reader.current);
        } catch (SAXException e) {
            System.out.println("unexpected: " + e.getMessage());
        }
    }
}
