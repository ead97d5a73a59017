package dev.datamesh.plugin.core;

import dev.datamesh.catalog.CatalogBackend;
import dev.datamesh.catalog.access.LfGrant;
import dev.datamesh.catalog.access.Subscription;
import dev.datamesh.catalog.access.SubscriptionStatus;
import dev.datamesh.catalog.access.Subscriptions;
import dev.datamesh.contract.access.Principal;
import java.time.Clock;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The subscription goals without Maven: {@code subscribe}, {@code approve}, {@code reject} and
 * {@code subscriptions} on the catalog of {@link RegisterSettings}, with their parameters checked first (a bad value
 * writes nothing) and their outcome written to the log.
 */
public final class SubscriptionCommand {

    public static final String PRODUCT_PROPERTY = "mesh.product";
    public static final String PRINCIPAL_PROPERTY = "mesh.principal";
    public static final String TABLES_PROPERTY = "mesh.tables";
    public static final String REASON_PROPERTY = "mesh.reason";
    public static final String REQUEST_PROPERTY = "mesh.request";
    public static final String STATUS_PROPERTY = "mesh.status";

    private static final Pattern REQUEST_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private final RegisterSettings catalog;
    private final MeshLog log;
    private final Clock clock;
    private final Supplier<String> ids;
    private final String user;
    private final Backends backends;

    /** Opens the catalog of the settings. */
    @FunctionalInterface
    public interface Backends {
        CatalogBackend open(RegisterSettings settings) throws InvalidConfigurationException;
    }

    /**
     * @param user who runs the goal, recorded as requester or decider (the plugin passes the OS user name)
     * @param backends opens the catalog; the plugin passes {@link CatalogBackends#create}
     */
    public SubscriptionCommand(RegisterSettings catalog, MeshLog log, Clock clock, Supplier<String> ids, String user,
            Backends backends) {
        this.catalog = Objects.requireNonNull(catalog, "catalog == null");
        this.log = Objects.requireNonNull(log, "log == null");
        this.clock = Objects.requireNonNull(clock, "clock == null");
        this.ids = Objects.requireNonNull(ids, "ids == null");
        this.user = Objects.requireNonNull(user, "user == null");
        this.backends = Objects.requireNonNull(backends, "backends == null");
    }

    /** The plugin's command: the system clock, random request ids, the real backends. */
    public static SubscriptionCommand create(RegisterSettings catalog, MeshLog log, String user) {
        return new SubscriptionCommand(catalog, log, Clock.systemUTC(), Subscriptions::newId, user,
                CatalogBackends::create);
    }

    /**
     * Files a request and prints its id.
     *
     * @param requestId the id to file it under; {@code null} for a generated one
     * @throws InvalidConfigurationException for a missing or malformed product, principal or request id
     */
    public Subscription subscribe(String product, String principal, List<String> tables, String reason,
            String requestId) throws InvalidConfigurationException {
        String productId = product(product);
        Principal who = principal(principal);
        String id = requestId == null || requestId.isBlank() ? null : requestId(requestId);
        List<String> tableNames = tables == null ? List.of() : tables.stream()
                .flatMap(t -> Arrays.stream(t.split(","))).map(String::trim).filter(t -> !t.isEmpty()).toList();
        Subscription request = run(id == null ? ids : () -> id, s -> s.subscribe(productId, who, tableNames,
                Optional.ofNullable(reason), user));
        log.info("Request id: " + request.id());
        log.info("The producer approves it with -D" + REQUEST_PROPERTY + "=" + request.id() + " and the goal approve "
                + "(or turns it down with reject).");
        return request;
    }

    /** Approves a request: grants read access as for a contract role, once. */
    public Subscriptions.Approval approve(String request, String reason, List<String> openClassifications)
            throws InvalidConfigurationException {
        String id = requestId(required(REQUEST_PROPERTY, request, "the request id that mesh:subscribe printed, e.g. "
                + "-D" + REQUEST_PROPERTY + "=sub-3f9c2a7e41d0"));
        Set<String> open = Set.copyOf(RegisterSettings.builder(catalog.catalogDirectory())
                .openClassifications(openClassifications).build().openClassifications());
        return run(ids, s -> s.approve(id, user, Optional.ofNullable(reason), open));
    }

    /** Rejects a pending request with a reason. */
    public Subscription reject(String request, String reason) throws InvalidConfigurationException {
        String id = requestId(required(REQUEST_PROPERTY, request, "the request id that mesh:subscribe printed, e.g. "
                + "-D" + REQUEST_PROPERTY + "=sub-3f9c2a7e41d0"));
        return run(ids, s -> s.reject(id, user, Optional.ofNullable(reason)));
    }

    /**
     * Lists the requests of a product (or of all products) with the given statuses, and the product's grants.
     *
     * @param statuses {@code pending}, {@code approved}, {@code rejected}; empty or {@code null}: all
     */
    public Subscriptions.Listing list(String product, List<String> statuses) throws InvalidConfigurationException {
        Optional<String> productId = product == null || product.isBlank() ? Optional.empty()
                : Optional.of(product(product));
        Set<SubscriptionStatus> wanted = EnumSet.noneOf(SubscriptionStatus.class);
        for (String entry : statuses == null ? List.<String>of() : statuses) {
            for (String word : entry.split(",")) {
                if (!word.isBlank()) {
                    wanted.add(SubscriptionStatus.parse(word).orElseThrow(() -> new InvalidConfigurationException(
                            STATUS_PROPERTY, word.trim(), STATUS_PROPERTY + " '" + word.trim() + "' is no request "
                            + "status: use pending, approved or rejected (or a comma-separated list of them).")));
                }
            }
        }
        Subscriptions.Listing listing = run(ids, s -> s.list(productId, wanted));
        String where = productId.map(p -> " of " + p).orElse("") + (wanted.isEmpty() ? "" : " ("
                + String.join(", ", wanted.stream().map(w -> w.name().toLowerCase(Locale.ROOT)).toList())
                + ")");
        if (listing.requests().isEmpty()) {
            log.info("No subscription requests" + where + ".");
        } else {
            log.info("Subscription requests" + where + ":");
            for (Subscription s : listing.requests()) {
                log.info("  " + s.id() + " " + s.status() + " " + s.principal() + " on " + s.productId() + " ("
                        + s.tablesText() + "), requested by " + s.requester() + " at " + s.requestedAt()
                        + s.reason().map(r -> ": " + r).orElse(""));
                s.decidedBy().ifPresent(by -> log.info("      " + s.status().name().toLowerCase(Locale.ROOT)
                        + " by " + by + " at " + s.decidedAt().orElse("?") + s.decisionReason().map(r -> ": " + r)
                        .orElse("")));
            }
        }
        listing.grants().ifPresent(grants -> {
            if (grants.isEmpty()) {
                log.info("No grants" + productId.map(p -> " for " + p).orElse("") + ".");
            } else {
                log.info("Grants" + productId.map(p -> " for " + p).orElse("") + ":");
                for (LfGrant grant : grants) {
                    log.info("  " + grant.principal() + ": " + String.join(", ", grant.permissions()) + " on "
                            + grant.resource().describe());
                }
            }
        });
        return listing;
    }

    /** Runs one call on a freshly opened backend, closing its clients afterwards. */
    private <T> T run(Supplier<String> requestIds, Function<Subscriptions, T> call)
            throws InvalidConfigurationException {
        if (!catalog.ignoredGlueSettings().isEmpty()) {
            log.warn(String.join(", ", catalog.ignoredGlueSettings()) + (catalog.ignoredGlueSettings().size() == 1
                    ? " is" : " are") + " ignored by the local catalog; set " + RegisterSettings.CATALOG_PROPERTY
                    + "=glue for AWS.");
        }
        CatalogBackend backend = backends.open(catalog);
        try {
            return call.apply(new Subscriptions(backend, clock, requestIds, text -> text.lines().forEach(log::info)));
        } finally {
            if (backend instanceof AutoCloseable closeable) {
                try {
                    closeable.close();
                } catch (Exception e) {
                    log.debug("Closing the catalog backend failed: " + e);
                }
            }
        }
    }

    private static String product(String product) throws InvalidConfigurationException {
        String value = required(PRODUCT_PROPERTY, product, "the product's id, <domain>/<data product>, e.g. -D"
                + PRODUCT_PROPERTY + "=sales/pos-transactions");
        if (!Subscriptions.PRODUCT_ID.matcher(value).matches()) {
            throw new InvalidConfigurationException(PRODUCT_PROPERTY, value, PRODUCT_PROPERTY + " '" + value
                    + "' is not a product id: write <domain>/<data product> as the product's catalog page shows it, "
                    + "e.g. -D" + PRODUCT_PROPERTY + "=sales/pos-transactions.");
        }
        return value;
    }

    private static Principal principal(String principal) throws InvalidConfigurationException {
        String value = required(PRINCIPAL_PROPERTY, principal, "the IAM role ARN or 12-digit account id that is to "
                + "read, e.g. -D" + PRINCIPAL_PROPERTY + "=arn:aws:iam::210987654321:role/demand-planning-reader");
        return Principal.parse(value).orElseThrow(() -> new InvalidConfigurationException(PRINCIPAL_PROPERTY, value,
                PRINCIPAL_PROPERTY + " '" + value + "' is neither an IAM role ARN nor a 12-digit account id"
                + (Principal.looksLikeArn(value) ? " (" + Principal.arnProblem(value) + ")" : "")
                + ": write arn:aws:iam::<account>:role/<name>, e.g. -D" + PRINCIPAL_PROPERTY
                + "=arn:aws:iam::210987654321:role/demand-planning-reader, or the consumer account's id."));
    }

    private static String requestId(String id) throws InvalidConfigurationException {
        String value = id.trim();
        if (!REQUEST_ID.matcher(value).matches()) {
            throw new InvalidConfigurationException(REQUEST_PROPERTY, value, REQUEST_PROPERTY + " '" + value
                    + "' is not a request id: use 1 to 64 letters, digits, '.', '_' or '-', e.g. sub-3f9c2a7e41d0.");
        }
        return value;
    }

    private static String required(String property, String value, String what) throws InvalidConfigurationException {
        if (value == null || value.isBlank()) {
            throw new InvalidConfigurationException(property, "", property + " is not set: give " + what + ".");
        }
        return value.trim();
    }
}
