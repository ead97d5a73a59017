package dev.datamesh.catalog.access;

import dev.datamesh.catalog.AccessMode;
import dev.datamesh.catalog.CatalogBackend;
import dev.datamesh.catalog.CatalogException;
import dev.datamesh.catalog.CatalogRegistration;
import dev.datamesh.catalog.CatalogSession;
import dev.datamesh.catalog.ResourceKind;
import dev.datamesh.catalog.model.LfTag;
import dev.datamesh.catalog.model.TableState;
import dev.datamesh.catalog.plan.ActionType;
import dev.datamesh.catalog.plan.Operation;
import dev.datamesh.catalog.plan.PlannedAction;
import dev.datamesh.catalog.plan.RegistrationPlan;
import dev.datamesh.contract.access.Principal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Consumers' access requests and their review, on a catalog: {@code subscribe} files a request, {@code approve}
 * grants read access exactly as a contract role gets it ({@link AccessPlanner}, the same column rules) and marks it
 * approved, {@code reject} records why not. Decisions are conditional writes on the request's status, so that two
 * approvals of one request grant once.
 */
public final class Subscriptions {

    /** {@code <domain>/<data product>}. */
    public static final Pattern PRODUCT_ID = Pattern.compile("[^/\\s]+/[^/\\s]+");

    private final CatalogBackend backend;
    private final Clock clock;
    private final Supplier<String> ids;
    private final Consumer<String> log;

    /**
     * @param ids new request ids; {@link #newId()} in real use
     * @param log receives what happened, line by line, and the plans of approvals
     */
    public Subscriptions(CatalogBackend backend, Clock clock, Supplier<String> ids, Consumer<String> log) {
        this.backend = Objects.requireNonNull(backend, "backend == null");
        this.clock = Objects.requireNonNull(clock, "clock == null");
        this.ids = Objects.requireNonNull(ids, "ids == null");
        this.log = Objects.requireNonNull(log, "log == null");
    }

    /** A fresh request id such as {@code sub-3f9c2a7e41d0}. */
    public static String newId() {
        return "sub-" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    /**
     * Files a request for read access to a product, or to some of its tables ({@code name} or
     * {@code database.name}).
     *
     * @throws CatalogException for an unknown product or table; nothing is written then
     */
    public Subscription subscribe(String productId, Principal principal, List<String> tables, Optional<String> reason,
            String requester) {
        try (CatalogSession session = backend.open(AccessMode.READ_WRITE)) {
            List<TableState> productTables = productTables(session, productId);
            List<String> requested = resolveTables(productId, productTables, tables);
            String id = ids.get();
            Optional<Subscription> existing = session.getSubscription(id);
            if (existing.isPresent()) {
                throw new CatalogException("Subscription request " + id + " already exists (" + existing.get()
                        .status() + ", " + existing.get().principal() + " on " + existing.get().productId()
                        + ", filed by " + existing.get().requester() + " at " + existing.get().requestedAt() + ").",
                        "subscription request " + id, "choose another -Dmesh.request, or leave it out for a new id; "
                        + "mesh:subscriptions lists the requests.", false);
            }
            Subscription request = Subscription.request(id, productId, requested, principal.identifier(),
                    reason.filter(r -> !r.isBlank()), requester, now());
            session.putSubscription(request);
            session.commit();
            log.accept("Filed subscription request " + request.id() + ": " + request.principal()
                    + " asks for read access to " + productId + " (" + request.tablesText() + ") in "
                    + session.catalogName() + ".");
            return request;
        }
    }

    /** How an approval ended. */
    public enum Outcome {
        /** This call approved the request and granted its access. */
        APPROVED,
        /** The request was approved before; nothing was written. */
        ALREADY_APPROVED,
        /** Another approval of the same request won the race; it grants, this one wrote nothing. */
        APPROVED_CONCURRENTLY
    }

    /** The request after an approval, what happened, and the grants planned (applied only when approved now). */
    public record Approval(Subscription subscription, Outcome outcome, RegistrationPlan plan) {}

    /**
     * Approves a pending request: marks it approved with a conditional write, and only if that write succeeds grants
     * its principal read access as for a contract role with the open classifications, through the same planner as
     * registration. So of two approvals, even concurrent ones, exactly one grants. Approving an approved request
     * writes nothing; it says whether the grants are in place (registration restores missing ones).
     *
     * @throws CatalogException for an unknown or rejected request, or a product no longer in the catalog
     */
    public Approval approve(String id, String approver, Optional<String> reason, Set<String> openClassifications) {
        try (CatalogSession session = backend.open(AccessMode.READ_WRITE)) {
            Subscription request = request(session, id);
            if (request.status() == SubscriptionStatus.REJECTED) {
                throw new CatalogException("Subscription request " + id + " was rejected by "
                        + request.decidedBy().orElse("?") + " at " + request.decidedAt().orElse("?")
                        + request.decisionReason().map(r -> " (" + r + ")").orElse("") + "; it cannot be approved.",
                        "subscription request " + id, "ask the consumer to file a new request with mesh:subscribe.",
                        false);
            }
            ProductScope scope = scope(session, request.productId());
            if (request.status() == SubscriptionStatus.APPROVED) {
                RegistrationPlan plan = grantPlan(session, scope, SubscriptionAccess.of(request));
                log.accept("Subscription request " + id + " was already approved by "
                        + request.decidedBy().orElse("?") + " at " + request.decidedAt().orElse("?") + (plan
                        .hasChanges() ? "; " + plan.changes().size() + " of its grants are missing: register the "
                        + "product again (mesh:register), which restores the grants of approved subscriptions."
                        : "; its grants are in place. Nothing changed."));
                return new Approval(request, Outcome.ALREADY_APPROVED, plan);
            }
            Subscription approved = request.approved(approver, now(), reason.filter(r -> !r.isBlank()),
                    List.copyOf(new TreeSet<>(openClassifications)));
            if (!session.updateSubscription(approved, SubscriptionStatus.PENDING)) {
                Subscription now = request(session, id);
                if (now.status() == SubscriptionStatus.REJECTED) {
                    throw new CatalogException("Subscription request " + id + " was rejected meanwhile by "
                            + now.decidedBy().orElse("?") + ".", "subscription request " + id,
                            "ask the consumer to file a new request with mesh:subscribe.", false);
                }
                log.accept("Subscription request " + id + " was approved meanwhile by " + now.decidedBy().orElse("?")
                        + "; that approval grants its access, this one changed nothing.");
                return new Approval(now, Outcome.APPROVED_CONCURRENTLY, RegistrationPlan.of(session.catalogName(),
                        List.of(request.productId()), List.of()));
            }
            RegistrationPlan plan = grantPlan(session, scope, SubscriptionAccess.of(approved));
            log.accept(plan.render());
            int written = CatalogRegistration.apply(plan, session);
            log.accept("Approved subscription request " + id + ": " + approved.principal() + " reads "
                    + approved.productId() + " (" + approved.tablesText() + ", classifications "
                    + String.join(", ", AccessGrants.expressionValues(SubscriptionAccess.of(approved))) + "); "
                    + written + " change" + (written == 1 ? "" : "s") + " applied.");
            return new Approval(approved, Outcome.APPROVED, plan);
        }
    }

    /**
     * Rejects a pending request with a reason; rejecting it again changes nothing.
     *
     * @throws CatalogException for an unknown or approved request
     */
    public Subscription reject(String id, String by, Optional<String> reason) {
        try (CatalogSession session = backend.open(AccessMode.READ_WRITE)) {
            Subscription request = request(session, id);
            if (request.status() == SubscriptionStatus.APPROVED) {
                throw approvedAlready(request);
            }
            if (request.status() == SubscriptionStatus.REJECTED) {
                log.accept("Subscription request " + id + " was already rejected by "
                        + request.decidedBy().orElse("?") + "; nothing changed.");
                return request;
            }
            Subscription rejected = request.rejected(by, now(), reason.filter(r -> !r.isBlank()));
            if (!session.updateSubscription(rejected, SubscriptionStatus.PENDING)) {
                Subscription now = request(session, id);
                if (now.status() == SubscriptionStatus.APPROVED) {
                    throw approvedAlready(now);
                }
                return now;
            }
            session.commit();
            log.accept("Rejected subscription request " + id + " of " + request.principal() + " for "
                    + request.productId() + rejected.decisionReason().map(r -> ": " + r).orElse("."));
            return rejected;
        }
    }

    private static CatalogException approvedAlready(Subscription request) {
        return new CatalogException("Subscription request " + request.id() + " was approved by "
                + request.decidedBy().orElse("?") + " at " + request.decidedAt().orElse("?")
                + "; only pending requests can be rejected.", "subscription request " + request.id(),
                "to take the access back, remove the grant in Lake Formation and the request from the catalog.",
                false);
    }

    /** The requests (of one product, or of all) with the given statuses (all when empty), and the product's grants. */
    public record Listing(List<Subscription> requests, Optional<List<LfGrant>> grants) {}

    /**
     * Lists requests, and when a product is named, the grants the catalog holds for it.
     *
     * @throws CatalogException for an unknown product
     */
    public Listing list(Optional<String> productId, Set<SubscriptionStatus> statuses) {
        try (CatalogSession session = backend.open(AccessMode.READ_ONLY)) {
            Optional<List<LfGrant>> grants = Optional.empty();
            if (productId.isPresent()) {
                ProductScope scope = scope(session, productId.get());
                grants = Optional.of(session.supportedKinds().contains(ResourceKind.GRANT)
                        ? session.getGrants(scope) : List.of());
            }
            List<Subscription> requests = session.getSubscriptions(productId).stream()
                    .filter(s -> statuses.isEmpty() || statuses.contains(s.status())).toList();
            return new Listing(requests, grants);
        }
    }

    private RegistrationPlan grantPlan(CatalogSession session, ProductScope scope, PrincipalAccess access) {
        List<PlannedAction> actions = new ArrayList<>();
        if (access.tables().isEmpty() && session.supportedKinds().contains(ResourceKind.LF_TAG)) {
            SortedSet<String> values = AccessGrants.expressionValues(access);
            Optional<LfTag> tag = session.getLfTag(LfTag.CLASSIFICATION);
            List<String> missing = values.stream().filter(v -> tag.isEmpty() || !tag.get().values().contains(v))
                    .toList();
            if (tag.isEmpty()) {
                actions.add(new PlannedAction(ResourceKind.LF_TAG, LfTag.CLASSIFICATION, ActionType.CREATE,
                        ActionType.CREATE.defaultReason(), List.of("TagValues: " + String.join(", ", missing)),
                        List.of(new Operation.CreateLfTag(LfTag.CLASSIFICATION, missing))));
            } else if (!missing.isEmpty()) {
                actions.add(new PlannedAction(ResourceKind.LF_TAG, LfTag.CLASSIFICATION, ActionType.UPDATE,
                        ActionType.UPDATE.defaultReason(), missing.stream().map(v -> "TagValues: + " + v).toList(),
                        List.of(new Operation.UpdateLfTag(LfTag.CLASSIFICATION, missing))));
            }
        }
        List<LfGrant> current = session.getGrants(scope);
        actions.addAll(AccessPlanner.plan(scope, List.of(access), current, false).grants());
        return RegistrationPlan.of(session.catalogName(), List.of(scope.productId()), actions);
    }

    private static Subscription request(CatalogSession session, String id) {
        return session.getSubscription(id).orElseThrow(() -> new CatalogException("No subscription request '" + id
                + "' in " + session.catalogName() + ".", "subscription request " + id,
                "check -Dmesh.request: list the requests of a product with mesh:subscriptions "
                + "-Dmesh.product=<domain>/<data product>.", false));
    }

    private static List<TableState> productTables(CatalogSession session, String productId) {
        if (!PRODUCT_ID.matcher(productId).matches()) {
            throw new CatalogException("'" + productId + "' is not a product id of the form <domain>/<data product>.",
                    "product " + productId, "set -Dmesh.product to the product's id as its catalog page shows it, "
                    + "e.g. sales/pos-transactions.", false);
        }
        List<TableState> tables = session.getProductTables(productId);
        if (tables.isEmpty()) {
            throw new CatalogException("No data product '" + productId + "' in " + session.catalogName() + ".",
                    "product " + productId, "check -Dmesh.product (<domain>/<data product>, as the product's catalog "
                    + "page shows it), and that the producer registered the product in this catalog.", false);
        }
        return tables;
    }

    private static ProductScope scope(CatalogSession session, String productId) {
        List<TableState> tables = productTables(session, productId);
        return ProductScope.fromCatalog(productId, tables, t -> session.getTableLfTags(t.database(), t.name()));
    }

    /** The requested tables as {@code database.table}; a name alone is looked up among the product's tables. */
    private static List<String> resolveTables(String productId, List<TableState> tables, List<String> requested) {
        Set<String> out = new LinkedHashSet<>();
        for (String name : requested) {
            String wanted = name.trim();
            if (wanted.isEmpty()) {
                continue;
            }
            List<String> matches = tables.stream().filter(t -> wanted.equals(t.database() + "." + t.name())
                    || wanted.equals(t.name())).map(t -> t.database() + "." + t.name()).toList();
            if (matches.size() != 1) {
                String known = String.join(", ", tables.stream().map(t -> t.database() + "." + t.name()).toList());
                String message = matches.isEmpty() ? "Data product " + productId + " has no table '" + wanted + "'."
                        : "Table '" + wanted + "' of data product " + productId + " is ambiguous: it matches "
                        + String.join(", ", matches) + ".";
                throw new CatalogException(message, "table " + wanted, "set -Dmesh.tables to tables of the product ("
                        + known + "), as <table> or <database>.<table>, or leave it out to ask for the whole "
                        + "product.", false);
            }
            out.add(matches.get(0));
        }
        return List.copyOf(out);
    }

    private String now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
