package dev.datamesh.plugin.core;

import dev.datamesh.catalog.CatalogBackend;
import dev.datamesh.catalog.CatalogRegistration;
import dev.datamesh.catalog.RegistrationResult;
import dev.datamesh.catalog.local.LocalCatalogBackend;
import dev.datamesh.catalog.model.DefinitionOptions;
import dev.datamesh.catalog.model.DesiredCatalog;
import dev.datamesh.catalog.model.ProductDefinition;
import dev.datamesh.contract.ContractSet;
import dev.datamesh.contract.LoadedContract;
import dev.datamesh.contract.model.Contract;
import dev.datamesh.contract.validation.LineEventFormatter;
import dev.datamesh.contract.validation.ValidationEvent;
import dev.datamesh.generator.GeneratedFile;
import dev.datamesh.generator.Generator;
import dev.datamesh.generator.GeneratorOptions;
import dev.datamesh.generator.Generators;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The register goal without Maven: validates the contracts (nothing is registered on an error), generates the
 * registered definitions in memory (so registration always matches the contracts, whether or not
 * {@code mesh:generate} ran), prints the plan against what the catalog holds, and applies it unless it is a dry
 * run. For the local catalog it then prints where the HTML pages are.
 */
public final class RegisterCommand {

    /** The generators whose files registration reads; {@code glue-etl} joins them when the project runs it. */
    static final List<String> REGISTERED_GENERATORS = List.of("glue", "avro");
    static final String JOBS_GENERATOR = "glue-etl";

    private final MeshConfiguration config;
    private final RegisterSettings settings;
    private final MeshLog log;

    public RegisterCommand(MeshConfiguration config, RegisterSettings settings, MeshLog log) {
        this.config = Objects.requireNonNull(config, "config == null");
        this.settings = Objects.requireNonNull(settings, "settings == null");
        this.log = Objects.requireNonNull(log, "log == null");
    }

    /**
     * Registers the products of the contracts; empty when there is no contract.
     *
     * @throws InvalidContractsException when a contract has an error (or a warning with {@code failOnWarning})
     * @throws InvalidConfigurationException for an unusable generator option or catalog setting
     * @throws dev.datamesh.catalog.CatalogException when the catalog cannot be read or written; an
     *     {@link dev.datamesh.catalog.ApplyException} says how far registration got
     */
    public Optional<RegistrationResult> run() throws IOException, InterruptedException, MeshException {
        if (!settings.ignoredGlueSettings().isEmpty()) {
            log.warn(String.join(", ", settings.ignoredGlueSettings()) + (settings.ignoredGlueSettings().size() == 1
                    ? " is" : " are") + " ignored by the local catalog; set " + RegisterSettings.CATALOG_PROPERTY
                    + "=glue to register in AWS Glue.");
        }
        ContractSet contracts = ContractLoading.load(config, log);
        if (contracts.isEmpty()) {
            log.info("No contracts; nothing to register.");
            return Optional.empty();
        }
        List<Contract> valid = validated(contracts);
        DefinitionOptions definitions = DefinitionOptions.DEFAULT
                .withAccess(config.access().withOpenClassifications(settings.openClassifications()))
                .withLakeFormationRoleArn(settings.lakeFormationRoleArn());
        DesiredCatalog desired = DesiredCatalog.from(valid, generate(valid), definitions);
        CatalogBackend backend = CatalogBackends.create(settings);
        try {
            RegistrationResult result = CatalogRegistration.register(desired, backend, settings.options(),
                    this::info);
            if (backend instanceof LocalCatalogBackend local && result.applied()) {
                pages(local, desired);
            }
            return Optional.of(result);
        } finally {
            if (backend instanceof AutoCloseable closeable) {
                close(closeable);
            }
        }
    }

    private List<Contract> validated(ContractSet contracts) throws InvalidContractsException {
        ValidationReport report = ValidationReport.of(contracts, config.failOnWarning());
        if (report.failed()) {
            for (ValidationEvent event : contracts.events()) {
                String text = LineEventFormatter.format(event);
                switch (event.severity()) {
                    case ERROR -> log.error(text);
                    case WARNING -> log.warn(text);
                    case NOTE -> log.info(text);
                }
            }
            String problems = report.errors() > 0 ? plural(report.errors(), "error")
                    : plural(report.warnings(), "warning") + " (failOnWarning is set)";
            throw new InvalidContractsException("mesh:register found " + problems
                    + " in the contracts; nothing was registered. Fix the problems listed above.");
        }
        return contracts.contracts().stream().map(LoadedContract::contract).flatMap(Optional::stream).toList();
    }

    /** The files registration reads, generated in memory with the project's generator options. */
    private List<GeneratedFile> generate(List<Contract> contracts) throws InvalidConfigurationException {
        List<String> names = new ArrayList<>(REGISTERED_GENERATORS);
        if (settings.generators().contains(JOBS_GENERATOR)) {
            names.add(JOBS_GENERATOR);
        }
        GeneratorOptions options = GeneratorOptions.of(settings.generatorOptions());
        List<GeneratedFile> files = new ArrayList<>();
        try {
            for (Generator generator : Generators.create(names)) {
                for (Contract contract : contracts) {
                    files.addAll(generator.generate(contract, options));
                }
            }
        } catch (IllegalArgumentException e) {
            // Generators reject unusable options with a message that names the option.
            throw new InvalidConfigurationException("generatorOptions", "", e.getMessage());
        }
        log.debug("Generated " + files.size() + " definitions in memory with " + String.join(", ", names) + ".");
        return files;
    }

    private void pages(LocalCatalogBackend local, DesiredCatalog desired) {
        log.info("Catalog: " + local.siteIndex().toUri());
        for (ProductDefinition product : desired.products()) {
            Path page = local.productPage(product.domain(), product.dataProduct());
            if (Files.isRegularFile(page)) {
                log.info("Product " + product.id() + ": " + page.toUri());
            }
        }
    }

    /** Logs each line of a multi-line message, so that every line carries the log's prefix. */
    private void info(String text) {
        text.lines().forEach(log::info);
    }

    private static String plural(long count, String word) {
        return count + " " + word + (count == 1 ? "" : "s");
    }

    /** Releases the backend's clients; a failure to close hides no registration outcome. */
    private void close(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            log.debug("Closing the catalog backend failed: " + e);
        }
    }
}
