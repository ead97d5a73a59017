package dev.datamesh.plugin.core;

import dev.datamesh.contract.ContractFinder;
import dev.datamesh.contract.access.AccessConfig;
import dev.datamesh.contract.access.Principal;
import dev.datamesh.contract.validation.RuleConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The settings every mesh goal shares, as one Maven-free value: where the contracts are, where reports go, how
 * rules are graded and which principals the contracts' short role names stand for.
 */
public final class MeshConfiguration {

    /** Where contracts are looked for when {@code mesh.contracts} is not set, relative to the base directory. */
    public static final String DEFAULT_CONTRACTS = "src/main/contracts";
    /** Where reports go when {@code mesh.reportsDirectory} is not set, relative to the base directory. */
    public static final String DEFAULT_REPORTS = "target/mesh-reports";
    /** The property that names the contracts, used in messages. */
    public static final String CONTRACTS_PROPERTY = "mesh.contracts";
    /** The POM element mapping short role names to principals. */
    public static final String PRINCIPALS = "principals";

    private final Path baseDir;
    private final List<Path> contracts;
    private final boolean contractsGiven;
    private final Path reportsDirectory;
    private final RuleConfig rules;
    private final AccessConfig access;
    private final boolean failOnWarning;
    private final int parallelism;

    private MeshConfiguration(Builder builder, RuleConfig rules, AccessConfig access) {
        this.baseDir = builder.baseDir;
        List<Path> paths = new ArrayList<>();
        for (String entry : builder.contracts) {
            for (String part : entry.split(",")) {
                if (!part.isBlank()) {
                    paths.add(Path.of(part.trim()));
                }
            }
        }
        this.contractsGiven = !paths.isEmpty();
        this.contracts = contractsGiven ? List.copyOf(paths) : List.of(Path.of(DEFAULT_CONTRACTS));
        this.reportsDirectory = baseDir.resolve(builder.reportsDirectory == null
                ? Path.of(DEFAULT_REPORTS) : builder.reportsDirectory).normalize();
        this.rules = rules;
        this.access = access;
        this.failOnWarning = builder.failOnWarning;
        this.parallelism = builder.parallelism;
    }

    public static Builder builder(Path baseDir) {
        return new Builder(baseDir);
    }

    /** The project's base directory, or the current directory without a project; absolute. */
    public Path baseDir() {
        return baseDir;
    }

    /** The contract files and directories, as given (relative ones start at {@link #baseDir()}). */
    public List<Path> contracts() {
        return contracts;
    }

    /** Whether the user named the contracts; if not, {@link #DEFAULT_CONTRACTS} may be missing. */
    public boolean contractsGiven() {
        return contractsGiven;
    }

    /** Absolute. */
    public Path reportsDirectory() {
        return reportsDirectory;
    }

    public RuleConfig rules() {
        return rules;
    }

    /** The short role names of {@code <principals>}, with the default open classifications. */
    public AccessConfig access() {
        return access;
    }

    public boolean failOnWarning() {
        return failOnWarning;
    }

    /** The most threads used to load contracts. */
    public int parallelism() {
        return parallelism;
    }

    /** A path as printed to the user: relative to the base directory, with forward slashes. */
    public String display(Path path) {
        return new ContractFinder(baseDir).displayName(path);
    }

    /** Builds a {@link MeshConfiguration}; unset values take the documented defaults. */
    public static final class Builder {

        private final Path baseDir;
        private List<String> contracts = List.of();
        private Path reportsDirectory;
        private List<String> ignoredRules = List.of();
        private Map<String, String> ruleSeverities = Map.of();
        private Map<String, String> principals = Map.of();
        private boolean failOnWarning;
        private int parallelism = Runtime.getRuntime().availableProcessors();

        private Builder(Path baseDir) {
            this.baseDir = Objects.requireNonNull(baseDir, "baseDir == null").toAbsolutePath().normalize();
        }

        /** Files or directories; each entry may be a comma-separated list. {@code null} or empty: the default. */
        public Builder contracts(List<String> contracts) {
            this.contracts = contracts == null ? List.of() : List.copyOf(contracts);
            return this;
        }

        /** {@code null}: {@link #DEFAULT_REPORTS}. */
        public Builder reportsDirectory(Path reportsDirectory) {
            this.reportsDirectory = reportsDirectory;
            return this;
        }

        public Builder ignoredRules(List<String> ignoredRules) {
            this.ignoredRules = ignoredRules == null ? List.of() : List.copyOf(ignoredRules);
            return this;
        }

        /** Rule id to severity word ({@code note}, {@code warning}, {@code error}). */
        public Builder ruleSeverities(Map<String, String> ruleSeverities) {
            this.ruleSeverities = ruleSeverities == null ? Map.of() : Map.copyOf(ruleSeverities);
            return this;
        }

        /** Short role name to role ARN or account id, as in {@code <principals><name>arn…</name></principals>}. */
        public Builder principals(Map<String, String> principals) {
            this.principals = principals == null ? Map.of() : Map.copyOf(principals);
            return this;
        }

        public Builder failOnWarning(boolean failOnWarning) {
            this.failOnWarning = failOnWarning;
            return this;
        }

        public Builder parallelism(int parallelism) {
            if (parallelism < 1) {
                throw new IllegalArgumentException("parallelism < 1");
            }
            this.parallelism = parallelism;
            return this;
        }

        /** The configuration; fails with the POM element to fix when a setting cannot be used. */
        public MeshConfiguration build() throws InvalidConfigurationException {
            return new MeshConfiguration(this, RuleSettings.toRuleConfig(ignoredRules, ruleSeverities), access());
        }

        private AccessConfig access() throws InvalidConfigurationException {
            Map<String, String> names = new TreeMap<>();
            for (Map.Entry<String, String> entry : new TreeMap<>(principals).entrySet()) {
                String name = entry.getKey().trim();
                String value = entry.getValue() == null ? "" : entry.getValue().trim();
                String setting = "<" + PRINCIPALS + "><" + name + ">";
                if (Principal.parse(value).isEmpty()) {
                    String problem = Principal.looksLikeArn(value) ? " (" + Principal.arnProblem(value) + ")" : "";
                    throw new InvalidConfigurationException(setting, value, "Principal '" + name + "' in <"
                            + PRINCIPALS + "> maps to '" + value + "', which is neither an IAM role ARN nor a 12-digit "
                            + "account id" + problem + ": write " + setting + "arn:aws:iam::123456789012:role/" + name
                            + "</" + name + "> or the account id.");
                }
                names.put(name, value);
            }
            return new AccessConfig(names, AccessConfig.DEFAULT_OPEN_CLASSIFICATIONS);
        }
    }
}
