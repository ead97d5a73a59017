package dev.datamesh.plugin.core;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.datamesh.contract.compat.AcceptedChange;
import dev.datamesh.contract.compat.Change;
import dev.datamesh.contract.compat.ChangeKind;
import dev.datamesh.contract.compat.CompatibilityReport;
import dev.datamesh.contract.compat.VersionCheck;
import dev.datamesh.contract.model.SourceLocation;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;

/**
 * Writes a {@link CompatibilityResult} as {@code compatibility.json}: the status, the baseline, the counts, then
 * each contract with its versions and changes. Keys come in a fixed order with {@code \n} line endings, so the
 * same result gives the same bytes.
 */
public final class CompatibilityJsonWriter {

    private CompatibilityJsonWriter() {}

    public static void write(CompatibilityResult result, OutputStream out) throws IOException {
        try (JsonGenerator json = JsonReportWriter.open(out)) {
            json.writeStartObject();
            json.writeStringField("status", status(result));
            json.writeStringField("baseline", result.baseline().orElse(null));
            json.writeObjectFieldStart("summary");
            json.writeNumberField("contracts", result.reports().size() + result.removed().size()
                    + result.added().size());
            json.writeNumberField("breaking", result.count(ChangeKind.BREAKING));
            json.writeNumberField("failing", result.failing());
            json.writeNumberField("nonBreaking", result.count(ChangeKind.NON_BREAKING));
            json.writeNumberField("patch", result.count(ChangeKind.PATCH));
            json.writeNumberField("versionsTooLow", result.versionsTooLow());
            json.writeEndObject();
            json.writeArrayFieldStart("contracts");
            for (Change removed : result.removed()) {
                writeSetChange(removed, "removed", removed.oldLocation(), json);
            }
            for (CompatibilityReport report : result.reports()) {
                writeReport(report, json);
            }
            for (Change added : result.added()) {
                writeSetChange(added, "added", added.newLocation(), json);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("unusedAcceptedChanges");
            for (AcceptedChange unused : result.unusedAcceptances()) {
                json.writeString(unused.toString());
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeRaw('\n');
        }
    }

    private static String status(CompatibilityResult result) {
        if (result.baseline().isEmpty()) {
            return "no-baseline";
        }
        return result.failed() ? "failed" : "passed";
    }

    private static void writeReport(CompatibilityReport report, JsonGenerator json) throws IOException {
        VersionCheck version = report.versionCheck();
        json.writeStartObject();
        json.writeStringField("id", report.contractId());
        json.writeStringField("change", "changed");
        json.writeStringField("status", report.failed() ? "failed" : "passed");
        json.writeStringField("file", report.newFile());
        json.writeStringField("baselineFile", report.oldFile());
        json.writeStringField("baselineVersion", version.oldVersion());
        json.writeStringField("version", version.newVersion());
        json.writeStringField("requiredVersion", version.required().map(Object::toString).orElse(null));
        json.writeStringField("versionStatus", version.status().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        writeChanges(report.changes(), json);
        json.writeEndObject();
    }

    private static void writeSetChange(Change change, String what, SourceLocation where, JsonGenerator json)
            throws IOException {
        json.writeStartObject();
        json.writeStringField("id", change.element());
        json.writeStringField("change", what);
        json.writeStringField("status", change.isFailing() ? "failed" : "passed");
        json.writeStringField("file", what.equals("added") ? where.file() : null);
        json.writeStringField("baselineFile", what.equals("removed") ? where.file() : null);
        writeChanges(List.of(change), json);
        json.writeEndObject();
    }

    private static void writeChanges(List<Change> changes, JsonGenerator json) throws IOException {
        json.writeArrayFieldStart("changes");
        for (Change change : changes) {
            json.writeStartObject();
            json.writeStringField("rule", change.ruleId());
            json.writeStringField("source", change.source().name().toLowerCase(Locale.ROOT));
            json.writeStringField("kind", change.kind().label());
            json.writeBooleanField("warning", change.warning());
            json.writeStringField("table", change.table());
            json.writeStringField("element", change.element());
            json.writeStringField("message", change.message());
            json.writeStringField("acceptance", change.acceptance().name().toLowerCase(Locale.ROOT)
                    .replace('_', '-'));
            writeLocation("old", change.oldLocation(), json);
            writeLocation("new", change.newLocation(), json);
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void writeLocation(String name, SourceLocation location, JsonGenerator json) throws IOException {
        if (location.equals(SourceLocation.NONE)) {
            json.writeNullField(name);
            return;
        }
        json.writeObjectFieldStart(name);
        json.writeStringField("file", location.file());
        json.writeNumberField("line", location.line());
        json.writeNumberField("column", location.column());
        json.writeEndObject();
    }
}
