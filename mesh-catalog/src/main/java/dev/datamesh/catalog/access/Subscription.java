package dev.datamesh.catalog.access;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.datamesh.catalog.model.InvalidJsonException;
import dev.datamesh.catalog.model.Json;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A consumer's request for read access to a product, and its review.
 *
 * @param id the request id, e.g. {@code sub-3f9c2a7e41d0}
 * @param productId {@code <domain>/<data product>}
 * @param tables the requested tables as {@code database.table}; empty for the whole product
 * @param principal the role ARN or account id that is to read
 * @param requester who filed it (the user name of the machine that ran {@code subscribe})
 * @param requestedAt ISO-8601 instant
 * @param classifications the column classifications granted on approval (the open classifications then)
 */
public record Subscription(String id, String productId, List<String> tables, String principal,
        Optional<String> reason, String requester, String requestedAt, SubscriptionStatus status,
        Optional<String> decidedBy, Optional<String> decidedAt, Optional<String> decisionReason,
        List<String> classifications) {

    public Subscription {
        Objects.requireNonNull(id, "id == null");
        Objects.requireNonNull(productId, "productId == null");
        tables = List.copyOf(tables);
        Objects.requireNonNull(principal, "principal == null");
        Objects.requireNonNull(requester, "requester == null");
        Objects.requireNonNull(requestedAt, "requestedAt == null");
        Objects.requireNonNull(status, "status == null");
        classifications = List.copyOf(classifications);
    }

    /** A new request, {@link SubscriptionStatus#PENDING}. */
    public static Subscription request(String id, String productId, List<String> tables, String principal,
            Optional<String> reason, String requester, String requestedAt) {
        return new Subscription(id, productId, tables, principal, reason, requester, requestedAt,
                SubscriptionStatus.PENDING, Optional.empty(), Optional.empty(), Optional.empty(), List.of());
    }

    /** The request approved by {@code by} at {@code at}, granting these classifications. */
    public Subscription approved(String by, String at, Optional<String> why, List<String> granted) {
        return new Subscription(id, productId, tables, principal, reason, requester, requestedAt,
                SubscriptionStatus.APPROVED, Optional.of(by), Optional.of(at), why, granted);
    }

    /** The request rejected by {@code by} at {@code at}. */
    public Subscription rejected(String by, String at, Optional<String> why) {
        return new Subscription(id, productId, tables, principal, reason, requester, requestedAt,
                SubscriptionStatus.REJECTED, Optional.of(by), Optional.of(at), why, List.of());
    }

    /** {@code all tables} or the table names. */
    public String tablesText() {
        return tables.isEmpty() ? "all tables" : String.join(", ", tables);
    }

    /** The JSON form, keys in PascalCase like the catalog documents next to it. */
    public ObjectNode toJson() {
        ObjectNode out = Json.object();
        out.put("RequestId", id);
        out.put("ProductId", productId);
        out.set("Tables", Json.textArray(tables));
        out.put("Principal", principal);
        reason.ifPresent(v -> out.put("Reason", v));
        out.put("Requester", requester);
        out.put("RequestedAt", requestedAt);
        out.put("Status", status.name());
        decidedBy.ifPresent(v -> out.put("DecidedBy", v));
        decidedAt.ifPresent(v -> out.put("DecidedAt", v));
        decisionReason.ifPresent(v -> out.put("DecisionReason", v));
        out.set("Classifications", Json.textArray(classifications));
        return out;
    }

    /** Reads the JSON form; a missing or mistyped key is an {@link InvalidJsonException} naming it. */
    public static Subscription fromJson(JsonNode json) {
        if (json == null || !json.isObject()) {
            throw new InvalidJsonException(0, 0, "expected a subscription object but found " + Json.typeName(json));
        }
        String status = required(json, "Status");
        return new Subscription(required(json, "RequestId"), required(json, "ProductId"), texts(json, "Tables"),
                required(json, "Principal"), optional(json, "Reason"), required(json, "Requester"),
                required(json, "RequestedAt"), SubscriptionStatus.parse(status).orElseThrow(() ->
                        new InvalidJsonException(0, 0, "'Status' is '" + status + "', not PENDING, APPROVED or "
                                + "REJECTED")),
                optional(json, "DecidedBy"), optional(json, "DecidedAt"), optional(json, "DecisionReason"),
                texts(json, "Classifications"));
    }

    private static String required(JsonNode o, String key) {
        JsonNode value = o.get(key);
        if (value == null || !value.isTextual()) {
            throw new InvalidJsonException(0, 0, "'" + key + "' must be a string but is " + Json.typeName(value));
        }
        return value.asText();
    }

    private static Optional<String> optional(JsonNode o, String key) {
        JsonNode value = o.get(key);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            throw new InvalidJsonException(0, 0, "'" + key + "' must be a string but is " + Json.typeName(value));
        }
        return Optional.of(value.asText());
    }

    private static List<String> texts(JsonNode o, String key) {
        JsonNode value = o.get(key);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw new InvalidJsonException(0, 0, "'" + key + "' must be an array but is " + Json.typeName(value));
        }
        return Json.texts(value);
    }
}
