package dev.datamesh.plugin.core;

import dev.datamesh.contract.compat.Acceptance;
import dev.datamesh.contract.compat.Change;
import dev.datamesh.contract.compat.ChangeSource;
import dev.datamesh.contract.compat.CompatibilityReport;
import dev.datamesh.contract.compat.CompatibilityRules;
import dev.datamesh.contract.validation.LineEventFormatter;
import dev.datamesh.contract.validation.Severity;
import dev.datamesh.contract.validation.ValidationEvent;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a {@link CompatibilityResult} as a JUnit XML test suite, so that CI lists every breaking change: one
 * failing test case per breaking change that nothing accepts and per contract version that is too low, one passing
 * test case per other change, and one per unchanged contract. The class name of a test case is
 * {@code mesh-compatibility.<contract id>}; its name is {@code [RULE-ID] element}.
 *
 * <p>Written like {@link JunitReportWriter}: StAX, the JDK's own factory, no timestamps or durations.
 */
public final class CompatibilityJunitWriter {

    /** The test suite's name and the prefix of every class name. */
    public static final String SUITE = "mesh-compatibility";

    /** One test case: its class, its name, and the failure or the text it shows. */
    private record TestCase(String classname, String name, Optional<ValidationEvent> failure, String out) {}

    private CompatibilityJunitWriter() {}

    public static void write(CompatibilityResult result, String projectVersion, OutputStream out) throws IOException {
        List<TestCase> cases = cases(result, projectVersion);
        XMLOutputFactory factory = XMLOutputFactory.newDefaultFactory();
        try {
            XMLStreamWriter xml = factory.createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuite");
            xml.writeAttribute("name", SUITE);
            xml.writeAttribute("tests", Integer.toString(cases.size()));
            xml.writeAttribute("failures", Long.toString(cases.stream().filter(c -> c.failure().isPresent()).count()));
            xml.writeAttribute("errors", "0");
            xml.writeAttribute("skipped", "0");
            for (TestCase testCase : cases) {
                writeTestCase(testCase, xml);
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

    private static List<TestCase> cases(CompatibilityResult result, String projectVersion) {
        List<TestCase> cases = new ArrayList<>();
        for (Change change : result.removed()) {
            ValidationEvent event = ContractSetChanges.event(change, projectVersion);
            cases.add(testCase(change.element(), change, change.isFailing() ? Optional.of(event) : Optional.empty()));
        }
        for (CompatibilityReport report : result.reports()) {
            List<ValidationEvent> events = report.events();
            for (Change change : report.changes()) {
                Optional<ValidationEvent> failure = change.isFailing() ? events.stream()
                        .filter(e -> e.severity() == Severity.ERROR && e.ruleId().equals(change.ruleId())
                                && e.location().equals(change.location()) && e.message().equals(change.message()))
                        .findFirst() : Optional.empty();
                cases.add(testCase(report.contractId(), change, failure));
            }
            String rule = CompatibilityRules.VERSION.id();
            events.stream().filter(e -> e.severity() == Severity.ERROR && e.ruleId().equals(rule)).findFirst()
                    .ifPresent(e -> cases.add(new TestCase(SUITE + "." + report.contractId(), "[" + rule
                            + "] version", Optional.of(e), "")));
            if (report.isEmpty()) {
                cases.add(new TestCase(SUITE + "." + report.contractId(), "no changes", Optional.empty(),
                        "No changes since " + report.versionCheck().oldVersion() + "."));
            }
        }
        for (Change change : result.added()) {
            cases.add(testCase(change.element(), change, Optional.empty()));
        }
        return unique(cases);
    }

    private static TestCase testCase(String contractId, Change change, Optional<ValidationEvent> failure) {
        String out = change.kind().label() + (change.source() == ChangeSource.CONTRACT ? "" : " ("
                + change.source().name().toLowerCase(Locale.ROOT) + ")") + ": " + change.message()
                + accepted(change.acceptance());
        return new TestCase(SUITE + "." + contractId, "[" + change.ruleId() + "] " + change.element(), failure,
                failure.isPresent() ? "" : out);
    }

    private static String accepted(Acceptance acceptance) {
        return switch (acceptance) {
            case NONE -> "";
            case MAJOR_VERSION -> " Accepted: a major version.";
            case LISTED -> " Accepted: listed in acceptedChanges.";
        };
    }

    /** Numbers repeated names within a class ({@code name (2)}), since CI tools merge test cases of one name. */
    private static List<TestCase> unique(List<TestCase> cases) {
        Map<String, Integer> seen = new HashMap<>();
        List<TestCase> named = new ArrayList<>();
        for (TestCase c : cases) {
            int n = seen.merge(c.classname() + "\n" + c.name(), 1, Integer::sum);
            named.add(n == 1 ? c : new TestCase(c.classname(), c.name() + " (" + n + ")", c.failure(), c.out()));
        }
        return named;
    }

    private static void writeTestCase(TestCase testCase, XMLStreamWriter xml) throws XMLStreamException {
        xml.writeCharacters("\n  ");
        xml.writeStartElement("testcase");
        xml.writeAttribute("name", JunitReportWriter.clean(testCase.name()));
        xml.writeAttribute("classname", JunitReportWriter.clean(testCase.classname()));
        if (testCase.failure().isPresent()) {
            ValidationEvent event = testCase.failure().get();
            xml.writeCharacters("\n    ");
            xml.writeStartElement("failure");
            xml.writeAttribute("type", "breaking");
            xml.writeAttribute("message", JunitReportWriter.clean(LineEventFormatter.headline(event)));
            xml.writeCharacters(JunitReportWriter.clean("\n" + LineEventFormatter.format(event) + "\n    "));
            xml.writeEndElement();
        }
        if (!testCase.out().isEmpty()) {
            xml.writeCharacters("\n    ");
            xml.writeStartElement("system-out");
            xml.writeCharacters(JunitReportWriter.clean(testCase.out()));
            xml.writeEndElement();
        }
        xml.writeCharacters("\n  ");
        xml.writeEndElement();
    }
}
