package dev.datamesh.plugin.core;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import dev.datamesh.contract.LoadedContract;
import dev.datamesh.contract.model.Contract;
import dev.datamesh.contract.validation.Severity;
import dev.datamesh.contract.validation.ValidationEvent;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;

/**
 * Writes a {@link ValidationReport} as {@code validation.json}: the counts, then each contract with its file, id,
 * version, fingerprint and events. Keys come in a fixed order, indented by two spaces, with {@code \n} line
 * endings, so the same input gives the same bytes.
 */
public final class JsonReportWriter {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            // Characters outside the BMP (emoji in descriptions) as UTF-8, not as escaped surrogate pairs.
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
            .build();

    private JsonReportWriter() {}

    public static void write(ValidationReport report, OutputStream out) throws IOException {
        try (JsonGenerator json = open(out)) {
            json.writeStartObject();
            json.writeStringField("status", report.failed() ? "failed" : "passed");
            json.writeBooleanField("failOnWarning", report.failOnWarning());
            json.writeObjectFieldStart("summary");
            json.writeNumberField("contracts", report.contracts().size());
            json.writeNumberField("errors", report.errors());
            json.writeNumberField("warnings", report.warnings());
            json.writeNumberField("notes", report.notes());
            json.writeEndObject();
            json.writeArrayFieldStart("contracts");
            for (LoadedContract contract : report.contracts()) {
                writeContract(report, contract, json);
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeRaw('\n');
        }
    }

    /**
     * A generator with the reports' layout: two-space indents, {@code \n} line endings, {@code "key": value}; it
     * leaves {@code out} open.
     */
    static JsonGenerator open(OutputStream out) throws IOException {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator(""))
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
        JsonGenerator json = FACTORY.createGenerator(out, JsonEncoding.UTF8);
        json.setPrettyPrinter(printer);
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        return json;
    }

    private static void writeContract(ValidationReport report, LoadedContract loaded, JsonGenerator json)
            throws IOException {
        Optional<Contract> contract = loaded.contract();
        json.writeStartObject();
        json.writeStringField("file", loaded.file().displayName());
        json.writeStringField("id", contract.map(Contract::id).orElse(null));
        json.writeStringField("version", contract.map(Contract::version).orElse(null));
        json.writeStringField("fingerprint", contract.map(Contract::fingerprint).orElse(null));
        json.writeStringField("status", report.failed(loaded) ? "failed" : "passed");
        json.writeNumberField("errors", loaded.count(Severity.ERROR));
        json.writeNumberField("warnings", loaded.count(Severity.WARNING));
        json.writeNumberField("notes", loaded.count(Severity.NOTE));
        json.writeArrayFieldStart("events");
        for (ValidationEvent event : loaded.events()) {
            json.writeStartObject();
            json.writeStringField("rule", event.ruleId());
            json.writeStringField("severity", event.severity().label());
            json.writeStringField("file", event.location().file());
            json.writeNumberField("line", event.location().line());
            json.writeNumberField("column", event.location().column());
            json.writeStringField("message", event.message());
            json.writeStringField("hint", event.hint());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }
}
