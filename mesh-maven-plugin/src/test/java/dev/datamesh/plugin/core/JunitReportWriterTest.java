package dev.datamesh.plugin.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datamesh.contract.ContractSet;
import dev.datamesh.contract.validation.Severity;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class JunitReportWriterTest {

    @Test
    void oneTestCasePerContractWithErrorsAsFailuresAndWarningsInSystemOut() throws Exception {
        assertThat(xml(Reports.mixed(false))).isEqualTo("""
                <?xml version="1.0" encoding="UTF-8"?>
                <testsuite name="mesh-validate" tests="3" failures="2" errors="0" skipped="0">
                  <testcase name="contracts/a.odcs.yaml" classname="mesh-validate"/>
                  <testcase name="contracts/b.odcs.yaml" classname="mesh-validate">
                    <failure type="error" message="contracts/b.odcs.yaml:12:23: error [ODCS-PHYSICAL-TYPE] physicalType 'int' of property 'stores.name' contradicts logicalType 'string'.">
                contracts/b.odcs.yaml:12:23: error [ODCS-PHYSICAL-TYPE] physicalType 'int' of property 'stores.name' contradicts logicalType 'string'.
                  hint: make 'physicalType' a Glue type of the same kind as 'logicalType: string', or remove it.
                    </failure>
                    <system-out>
                contracts/b.odcs.yaml:14:11: warning [ODCS-LOGICAL-TYPE-MISSING] Property 'stores.city' has no logicalType; it is read as a string.
                  hint: add 'logicalType:'.
                    </system-out>
                  </testcase>
                  <testcase name="contracts/c.odcs.yaml" classname="mesh-validate">
                    <failure type="error" message="contracts/c.odcs.yaml:3:1: error [ODCS-YAML-DUPLICATE-KEY] Duplicate key 'id' (first defined at line 2).">
                contracts/c.odcs.yaml:3:1: error [ODCS-YAML-DUPLICATE-KEY] Duplicate key 'id' (first defined at line 2).
                  hint: remove one of the two 'id' keys; YAML keeps only one of them.
                    </failure>
                  </testcase>
                </testsuite>
                """);
    }

    @Test
    void withFailOnWarningWarningsAreFailuresToo() throws Exception {
        String xml = xml(Reports.mixed(true));

        assertThat(xml).contains("""
                  <testcase name="contracts/b.odcs.yaml" classname="mesh-validate">
                    <failure type="error" message="2 problems, the first: contracts/b.odcs.yaml:12:23: error [ODCS-PHYSICAL-TYPE] physicalType 'int' of property 'stores.name' contradicts logicalType 'string'.">
                contracts/b.odcs.yaml:12:23: error [ODCS-PHYSICAL-TYPE] physicalType 'int' of property 'stores.name' contradicts logicalType 'string'.
                  hint: make 'physicalType' a Glue type of the same kind as 'logicalType: string', or remove it.
                contracts/b.odcs.yaml:14:11: warning [ODCS-LOGICAL-TYPE-MISSING] Property 'stores.city' has no logicalType; it is read as a string.
                  hint: add 'logicalType:'.
                    </failure>
                  </testcase>
                """);
    }

    @Test
    void hostileTextStaysWellFormedXml() throws Exception {
        String message = "Name '<x>' & \"y\" ]]> \u0001\u001b ünï 🚀 </testsuite>";
        ValidationReport report = ValidationReport.of(ContractSet.of(List.of(Reports.loaded("a&b<c>.odcs.yaml",
                Reports.ORDERS, Reports.event("X-RULE", Severity.ERROR, "a&b<c>.odcs.yaml", 1, 2, message,
                        "rename it")))), false);

        String xml = xml(report);
        Document document = DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));

        Element testcase = (Element) document.getElementsByTagName("testcase").item(0);
        assertThat(testcase.getAttribute("name")).isEqualTo("a&b<c>.odcs.yaml");
        Element failure = (Element) testcase.getElementsByTagName("failure").item(0);
        String expected = "a&b<c>.odcs.yaml:1:2: error [X-RULE] Name '<x>' & \"y\" ]]> \\u0001\\u001b ünï 🚀"
                + " </testsuite>";
        assertThat(failure.getAttribute("message")).isEqualTo(expected);
        assertThat(failure.getTextContent()).isEqualTo("\n" + expected + "\n  hint: rename it\n    ");
        assertThat(document.getElementsByTagName("testcase").getLength()).isEqualTo(1);
    }

    @Test
    void cleanKeepsValidTextAndEscapesTheRest() {
        assertThat(JunitReportWriter.clean("plain\ttext\n")).isEqualTo("plain\ttext\n");
        assertThat(JunitReportWriter.clean("a\u0000b\uFFFEc")).isEqualTo("a\\u0000b\\ufffec");
        assertThat(JunitReportWriter.clean("🚀")).isEqualTo("🚀");
        assertThat(JunitReportWriter.clean("x\uD83Dy")).isEqualTo("x\\ud83dy");
    }

    private static String xml(ValidationReport report) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JunitReportWriter.write(report, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
