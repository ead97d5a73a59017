package dev.datamesh.plugin.core;

import dev.datamesh.contract.LoadedContract;
import dev.datamesh.contract.validation.LineEventFormatter;
import dev.datamesh.contract.validation.ValidationEvent;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a {@link ValidationReport} as a JUnit XML test suite that CI servers show next to unit tests: one
 * test case per contract file, a {@code failure} listing the problems of each failing contract, the other events
 * in {@code system-out}.
 *
 * <p>Written with StAX, which escapes markup; characters that XML 1.0 cannot hold at all (most control
 * characters) are written as {@code \}{@code uXXXX} text. No timestamps or durations, so output is byte-stable.
 */
public final class JunitReportWriter {

    /** The test suite's name, also the class name of every test case. */
    public static final String SUITE = "mesh-validate";

    private JunitReportWriter() {}

    public static void write(ValidationReport report, OutputStream out) throws IOException {
        // The JDK's own factory: a plugin class path may hold another StAX implementation with other habits.
        XMLOutputFactory factory = XMLOutputFactory.newDefaultFactory();
        try {
            XMLStreamWriter xml = factory.createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuite");
            xml.writeAttribute("name", SUITE);
            xml.writeAttribute("tests", Integer.toString(report.contracts().size()));
            xml.writeAttribute("failures",
                    Long.toString(report.contracts().stream().filter(report::failed).count()));
            xml.writeAttribute("errors", "0");
            xml.writeAttribute("skipped", "0");
            for (LoadedContract contract : report.contracts()) {
                writeTestCase(report, contract, xml);
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("Cannot write the JUnit report: " + e.getMessage(), e);
        }
    }

    private static void writeTestCase(ValidationReport report, LoadedContract contract, XMLStreamWriter xml)
            throws XMLStreamException {
        List<ValidationEvent> failing = contract.events().stream()
                .filter(e -> report.failing(e.severity())).toList();
        List<ValidationEvent> other = contract.events().stream()
                .filter(e -> !report.failing(e.severity())).toList();
        xml.writeCharacters("\n  ");
        if (failing.isEmpty() && other.isEmpty()) {
            xml.writeEmptyElement("testcase");
            writeTestCaseAttributes(contract, xml);
            return;
        }
        xml.writeStartElement("testcase");
        writeTestCaseAttributes(contract, xml);
        if (!failing.isEmpty()) {
            xml.writeCharacters("\n    ");
            xml.writeStartElement("failure");
            xml.writeAttribute("type", failing.get(0).severity().label());
            xml.writeAttribute("message", clean(failureMessage(failing)));
            xml.writeCharacters(clean(lines(failing)));
            xml.writeEndElement();
        }
        if (!other.isEmpty()) {
            xml.writeCharacters("\n    ");
            xml.writeStartElement("system-out");
            xml.writeCharacters(clean(lines(other)));
            xml.writeEndElement();
        }
        xml.writeCharacters("\n  ");
        xml.writeEndElement();
    }

    private static void writeTestCaseAttributes(LoadedContract contract, XMLStreamWriter xml)
            throws XMLStreamException {
        xml.writeAttribute("name", clean(contract.file().displayName()));
        xml.writeAttribute("classname", SUITE);
    }

    private static String failureMessage(List<ValidationEvent> failing) {
        return failing.size() == 1
                ? LineEventFormatter.headline(failing.get(0))
                : failing.size() + " problems, the first: " + LineEventFormatter.headline(failing.get(0));
    }

    private static String lines(List<ValidationEvent> events) {
        return events.stream().map(LineEventFormatter::format).collect(Collectors.joining("\n", "\n", "\n    "));
    }

    /** Replaces what XML 1.0 cannot represent, even escaped, with visible {@code \}{@code uXXXX} text. */
    static String clean(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean allowed = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD)
                    || (Character.isHighSurrogate(c) && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1)))
                    || (Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1)));
            if (allowed) {
                if (out != null) {
                    out.append(c);
                }
            } else {
                if (out == null) {
                    out = new StringBuilder(text.length() + 16).append(text, 0, i);
                }
                out.append(String.format("\\u%04x", (int) c));
            }
        }
        return out == null ? text : out.toString();
    }
}
