package dev.datamesh.plugin.core;

import dev.datamesh.contract.ContractFinder;
import dev.datamesh.contract.ContractLoader;
import dev.datamesh.contract.ContractSet;
import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Collectors;

/** The first step of every goal: find the configured contracts and load them with the configured rules. */
public final class ContractLoading {

    private ContractLoading() {}

    /**
     * The loaded contracts; empty when the default directory does not exist.
     *
     * @throws InvalidConfigurationException when a path named in {@code mesh.contracts} does not exist
     */
    public static ContractSet load(MeshConfiguration config, MeshLog log)
            throws IOException, InterruptedException, InvalidConfigurationException {
        ContractFinder.Found found = find(config);
        log.debug("Contracts: " + found.files().stream().map(f -> f.displayName())
                .collect(Collectors.joining(", ")));
        ContractLoader loader = new ContractLoader(config.rules(), config.access());
        return ContractSet.load(loader, found.files(), config.parallelism());
    }

    /**
     * The configured contract files, without loading them.
     *
     * @throws InvalidConfigurationException when a path named in {@code mesh.contracts} does not exist
     */
    public static ContractFinder.Found find(MeshConfiguration config)
            throws IOException, InvalidConfigurationException {
        ContractFinder.Found found = new ContractFinder(config.baseDir()).find(config.contracts());
        if (config.contractsGiven() && !found.missing().isEmpty()) {
            String missing = found.missing().stream().map(Path::toString).collect(Collectors.joining("', '"));
            throw new InvalidConfigurationException(MeshConfiguration.CONTRACTS_PROPERTY, missing,
                    "No file or directory '" + missing + "' (named in " + MeshConfiguration.CONTRACTS_PROPERTY
                            + " or <contracts>): fix the path; relative paths start at " + config.baseDir() + ".");
        }
        return found;
    }
}
