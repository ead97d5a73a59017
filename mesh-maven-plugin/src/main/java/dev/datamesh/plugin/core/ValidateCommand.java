package dev.datamesh.plugin.core;

import dev.datamesh.contract.ContractSet;
import dev.datamesh.contract.validation.LineEventFormatter;
import dev.datamesh.contract.validation.ValidationEvent;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;

/**
 * The validate goal without Maven: finds and loads the contracts, logs every event, writes the JSON and JUnit
 * reports and decides whether the build fails.
 */
public final class ValidateCommand {

    /** The JSON report's file name in the reports directory. */
    public static final String JSON_REPORT = "validation.json";
    /** The JUnit XML report's file name in the reports directory. */
    public static final String JUNIT_REPORT = "TEST-mesh-validate.xml";

    private final MeshConfiguration config;
    private final MeshLog log;
    private final LongSupplier nanoTicker;

    public ValidateCommand(MeshConfiguration config, MeshLog log) {
        this(config, log, System::nanoTime);
    }

    /** With the ticker the summary's time is measured on, in nanoseconds. */
    public ValidateCommand(MeshConfiguration config, MeshLog log, LongSupplier nanoTicker) {
        this.config = Objects.requireNonNull(config, "config == null");
        this.log = Objects.requireNonNull(log, "log == null");
        this.nanoTicker = Objects.requireNonNull(nanoTicker, "nanoTicker == null");
    }

    /**
     * Validates; writes no report when there is no contract.
     *
     * @throws InvalidContractsException when a contract has an error, or a warning with failOnWarning
     */
    public ValidationReport run() throws IOException, InterruptedException, MeshException {
        Stopwatch stopwatch = Stopwatch.start(nanoTicker);
        ContractSet contracts = ContractLoading.load(config, log);
        ValidationReport report = ValidationReport.of(contracts, config.failOnWarning());
        if (contracts.isEmpty()) {
            String where = config.contracts().stream().map(config::display).collect(Collectors.joining(", "));
            String message = "No contracts (*.odcs.yaml, *.odcs.yml) in " + where + "; nothing to validate.";
            if (config.contractsGiven()) {
                log.warn(message);
            } else {
                log.info(message);
            }
            return report;
        }
        for (ValidationEvent event : contracts.events()) {
            String text = LineEventFormatter.format(event);
            switch (event.severity()) {
                case ERROR -> log.error(text);
                case WARNING -> log.warn(text);
                case NOTE -> log.info(text);
            }
        }
        Path json = config.reportsDirectory().resolve(JSON_REPORT);
        Path junit = config.reportsDirectory().resolve(JUNIT_REPORT);
        ReportFiles.write(json, out -> JsonReportWriter.write(report, out));
        ReportFiles.write(junit, out -> JunitReportWriter.write(report, out));
        log.info(report.summary(stopwatch.elapsed()));
        log.info("Reports: " + config.display(json) + ", " + config.display(junit));
        if (report.failed()) {
            throw new InvalidContractsException(report.failureMessage(config.display(config.reportsDirectory())));
        }
        return report;
    }
}
