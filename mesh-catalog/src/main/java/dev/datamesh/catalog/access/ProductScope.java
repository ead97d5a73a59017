package dev.datamesh.catalog.access;

import dev.datamesh.catalog.model.GlueObject;
import dev.datamesh.catalog.model.LfTag;
import dev.datamesh.catalog.model.ProductDefinition;
import dev.datamesh.catalog.model.ProductParameters;
import dev.datamesh.catalog.model.ResourceLfTags;
import dev.datamesh.catalog.model.TableDefinition;
import dev.datamesh.catalog.model.TableState;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * What grants of one product are about: its LF-tag values, and its tables with their columns, classifications and
 * locations. Built from the contracts for registration, or from what the catalog holds for a subscription; it also
 * tells which grants in the catalog were made for this product.
 *
 * @param domain the {@code domain} LF-tag value
 * @param dataProduct the {@code data_product} LF-tag value
 */
public record ProductScope(String productId, String domain, String dataProduct, List<Table> tables) {

    /**
     * A table of the product.
     *
     * @param columns data columns, then partition keys
     * @param classifications column to classification, for the classified columns
     * @param location the S3 location, e.g. {@code s3://bucket/prefix/}
     */
    public record Table(String database, String name, List<String> columns, Map<String, String> classifications,
            Optional<String> location) {

        public Table {
            columns = List.copyOf(columns);
            classifications = Collections.unmodifiableMap(new TreeMap<>(classifications));
        }

        public String qualifiedName() {
            return database + "." + name;
        }
    }

    public ProductScope {
        Objects.requireNonNull(productId, "productId == null");
        Objects.requireNonNull(domain, "domain == null");
        Objects.requireNonNull(dataProduct, "dataProduct == null");
        tables = List.copyOf(tables);
    }

    /** The scope of a product being registered. */
    public static ProductScope of(ProductDefinition product) {
        List<Table> tables = new ArrayList<>();
        for (TableDefinition table : product.tables()) {
            tables.add(new Table(table.database(), table.name(), table.columnNames(), table.classifications(),
                    location(table.input())));
        }
        return new ProductScope(product.id(), product.domain(), product.dataProduct(), tables);
    }

    /**
     * The scope of a registered product, from its tables as the catalog holds them and their LF-tags: a column's
     * classification is its own tag, else the table's (unless that is {@link AccessGrants#UNCLASSIFIED}).
     */
    public static ProductScope fromCatalog(String productId, List<TableState> states,
            Function<TableState, ResourceLfTags> tags) {
        int slash = productId.indexOf('/');
        String domain = slash < 0 ? productId : productId.substring(0, slash);
        String dataProduct = slash < 0 ? productId : productId.substring(slash + 1);
        List<Table> tables = new ArrayList<>();
        for (TableState state : states) {
            Map<String, String> parameters = state.table().parameters();
            domain = parameters.getOrDefault(ProductParameters.DOMAIN, domain);
            dataProduct = parameters.getOrDefault(ProductParameters.DATA_PRODUCT, dataProduct);
            ResourceLfTags assigned = tags.apply(state);
            String inherited = assigned.table().get(LfTag.CLASSIFICATION);
            List<String> columns = TableDefinition.columnNames(state.table());
            Map<String, String> classifications = new TreeMap<>();
            for (String column : columns) {
                String value = assigned.column(column).getOrDefault(LfTag.CLASSIFICATION, inherited);
                if (value != null && !value.equals(AccessGrants.UNCLASSIFIED)) {
                    classifications.put(column, value);
                }
            }
            tables.add(new Table(state.database(), state.name(), columns, classifications,
                    location(state.table())));
        }
        return new ProductScope(productId, domain, dataProduct, tables);
    }

    private static Optional<String> location(GlueObject table) {
        return table.object("StorageDescriptor").flatMap(sd -> sd.text("Location")).filter(s -> !s.isBlank());
    }

    public Optional<Table> table(String qualifiedName) {
        return tables.stream().filter(t -> t.qualifiedName().equals(qualifiedName)).findFirst();
    }

    /** The S3 ARNs of the tables' locations, in table order, without duplicates. */
    public Set<String> locationArns() {
        Set<String> out = new LinkedHashSet<>();
        tables.forEach(t -> t.location().flatMap(ProductScope::locationArn).ifPresent(out::add));
        return Collections.unmodifiableSet(out);
    }

    /** {@code s3://bucket/prefix/} as {@code arn:aws:s3:::bucket/prefix}; empty for other schemes. */
    public static Optional<String> locationArn(String location) {
        String rest;
        if (location.startsWith("s3://")) {
            rest = location.substring("s3://".length());
        } else if (location.startsWith("s3a://")) {
            rest = location.substring("s3a://".length());
        } else {
            return Optional.empty();
        }
        while (rest.endsWith("/")) {
            rest = rest.substring(0, rest.length() - 1);
        }
        return rest.isEmpty() ? Optional.empty() : Optional.of("arn:aws:s3:::" + rest);
    }

    /**
     * Whether a grant in the catalog was made for this product: an LF-tag policy on exactly this product's domain
     * and data product, a table or its columns of this product, or one of its tables' locations.
     */
    public boolean owns(LfGrant grant) {
        GrantResource resource = grant.resource();
        if (resource instanceof GrantResource.TagPolicy policy) {
            return policy.only(LfTag.DOMAIN).filter(domain::equals).isPresent()
                    && policy.only(LfTag.DATA_PRODUCT).filter(dataProduct::equals).isPresent();
        }
        if (resource instanceof GrantResource.Table table) {
            return table(table.database() + "." + table.name()).isPresent();
        }
        if (resource instanceof GrantResource.TableColumns columns) {
            return table(columns.database() + "." + columns.name()).isPresent();
        }
        return resource instanceof GrantResource.DataLocation location && locationArns().contains(location.arn());
    }
}
