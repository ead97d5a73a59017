package dev.datamesh.generator.glue;

import dev.datamesh.contract.model.Contract;
import dev.datamesh.contract.model.Server;
import dev.datamesh.generator.ContractKey;
import dev.datamesh.generator.GeneratorOptions;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Where and how a contract's tables live in Glue, resolved once from its servers and the generator options.
 *
 * <p>The server is the one named by option {@code glue.server}, else the first {@code glue} server, else the first
 * {@code s3} server. Its {@code location} (else the first s3 server's) is the data location; its {@code format}
 * (else the s3 server's) the storage format unless option {@code glue.format} says otherwise; Parquet by default.
 *
 * @param database the Glue database name: the glue server's {@code database} lower-cased (validation checks
 *     it), else the domain's slug, else the contract key, with {@code -} as {@code _}
 * @param location the location as written, possibly with a {@code {model}} or {@code {table}} placeholder
 * @param databaseDescription the server's {@code description}, used for the database
 * @param csvHeader whether CSV files start with a header line (option {@code glue.csvHeader}, default true)
 */
record GlueSettings(String database, Optional<String> location, GlueFormat format,
        Optional<String> databaseDescription, boolean csvHeader) {

    static final String OPTION_FORMAT = "glue.format";
    static final String OPTION_SERVER = "glue.server";
    static final String OPTION_CSV_HEADER = "glue.csvHeader";

    private static final String[] PLACEHOLDERS = {"{model}", "{table}"};

    static GlueSettings of(Contract contract, GeneratorOptions options) {
        Optional<Server> server = server(contract, options);
        Optional<Server> s3 = contract.server("s3");
        Optional<String> location = server.flatMap(Server::location).filter(s -> !s.isBlank())
                .or(() -> s3.flatMap(Server::location).filter(s -> !s.isBlank()))
                .map(String::strip);
        GlueFormat format = format(options, server, s3);
        String database = server.filter(s -> s.isType("glue")).flatMap(Server::database)
                .or(() -> contract.server("glue").flatMap(Server::database))
                .filter(s -> !s.isBlank())
                .map(s -> s.strip().toLowerCase(Locale.ROOT))
                .or(() -> contract.domain().filter(s -> !s.isBlank()).map(GlueSettings::slug))
                .orElseGet(() -> ContractKey.of(contract).replace('-', '_'));
        return new GlueSettings(database, location, format, server.flatMap(Server::description),
                options.getBoolean(OPTION_CSV_HEADER, true));
    }

    /** The table's location: placeholders replaced, else {@code <location>/<table>/}; always ends with '/'. */
    Optional<String> tableLocation(String table) {
        return location.map(l -> {
            String resolved = l;
            for (String placeholder : PLACEHOLDERS) {
                resolved = resolved.replace(placeholder, table);
            }
            if (resolved.equals(l)) {
                return folder(dropFilePattern(l)) + table + "/";
            }
            return folder(dropFilePattern(resolved));
        });
    }

    /** The database's {@code LocationUri}: the location up to the first placeholder, as a folder. */
    Optional<String> databaseLocation() {
        return location.map(l -> {
            int placeholder = l.indexOf('{');
            String prefix = placeholder < 0 ? dropFilePattern(l) : l.substring(0, l.lastIndexOf('/', placeholder) + 1);
            return folder(prefix);
        }).filter(l -> !l.equals("/"));
    }

    /** A Glue name from free text: {@code Sales & Marketing} is {@code sales_marketing}. */
    static String slug(String text) {
        return ContractKey.slug(text).replace('-', '_');
    }

    private static Optional<Server> server(Contract contract, GeneratorOptions options) {
        Optional<String> wanted = options.get(OPTION_SERVER);
        if (wanted.isPresent()) {
            return Optional.of(contract.servers().stream().filter(s -> s.server().equals(wanted.get())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("option " + OPTION_SERVER + " names server '"
                            + wanted.get() + "', but the contract's servers are: "
                            + contract.servers().stream().map(Server::server).collect(Collectors.joining(", "))
                            + ".")));
        }
        return contract.server("glue").or(() -> contract.server("s3"));
    }

    private static GlueFormat format(GeneratorOptions options, Optional<Server> server, Optional<Server> s3) {
        Optional<String> option = options.get(OPTION_FORMAT);
        if (option.isPresent()) {
            return GlueFormat.parse(option.get()).orElseThrow(() -> new IllegalArgumentException("option "
                    + OPTION_FORMAT + " is '" + option.get() + "'; use one of " + GlueFormat.names() + "."));
        }
        Optional<String> declared = server.flatMap(Server::format).or(() -> s3.flatMap(Server::format))
                .filter(s -> !s.isBlank());
        if (declared.isEmpty()) {
            return GlueFormat.PARQUET;
        }
        return GlueFormat.parse(declared.get()).orElseThrow(() -> new IllegalArgumentException("server format '"
                + declared.get() + "' has no Glue table format; set 'format:' of the server to one of "
                + GlueFormat.names() + ", or the option " + OPTION_FORMAT + "."));
    }

    /** Without a last path segment that is a file pattern ({@code *.json}). */
    private static String dropFilePattern(String location) {
        int slash = location.lastIndexOf('/');
        String last = location.substring(slash + 1);
        return last.contains("*") || last.contains("?") ? location.substring(0, slash + 1) : location;
    }

    private static String folder(String location) {
        return location.endsWith("/") ? location : location + "/";
    }
}
