package dev.datamesh.catalog.access;

import dev.datamesh.catalog.model.LfTag;
import dev.datamesh.contract.access.AccessLevel;
import dev.datamesh.contract.access.ColumnVisibility;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Turns who may do what with a product into Lake Formation grants. Pure: the same scope and accesses always give
 * the same grants, for contract roles and approved subscriptions alike.
 *
 * <ul>
 *   <li>every principal: {@code DESCRIBE} on the databases tagged with the product's {@code domain} and
 *       {@code data_product};
 *   <li>read: {@code SELECT} and {@code DESCRIBE} on the tables tagged so, whose column {@code classification} is in
 *       the allowed set or {@link #UNCLASSIFIED} (registration tags each table with it, so a column without its
 *       own classification inherits it); write adds {@code INSERT}, {@code DELETE} and {@code ALTER}, and
 *       {@code DATA_LOCATION_ACCESS} on each table location;
 *   <li>a subscription to some tables only: {@code DESCRIBE} on each of them and {@code SELECT} on its visible
 *       columns, by name (an LF-tag policy cannot pick tables).
 * </ul>
 */
public final class AccessGrants {

    /** The classification LF-tag value of tables, inherited by their columns that have no classification. */
    public static final String UNCLASSIFIED = "unclassified";

    public static final List<String> DATABASE_PERMISSIONS = List.of("DESCRIBE");
    public static final List<String> READ_PERMISSIONS = List.of("DESCRIBE", "SELECT");
    public static final List<String> WRITE_PERMISSIONS = List.of("ALTER", "DELETE", "DESCRIBE", "INSERT", "SELECT");
    public static final List<String> LOCATION_PERMISSIONS = List.of("DATA_LOCATION_ACCESS");

    private AccessGrants() {}

    /** A grant the product should have, with the accesses it comes from (for the plan). */
    public record Desired(LfGrant grant, SortedSet<String> sources) {

        public Desired {
            sources = Collections.unmodifiableSortedSet(new TreeSet<>(sources));
        }
    }

    /** The grants for these accesses, merged by principal and resource, in {@link LfGrant#ORDER}. */
    public static List<Desired> grants(ProductScope scope, List<PrincipalAccess> accesses) {
        Map<String, LfGrant> grants = new LinkedHashMap<>();
        Map<String, SortedSet<String>> sources = new TreeMap<>();
        for (PrincipalAccess access : accesses) {
            for (LfGrant grant : grants(scope, access)) {
                String key = grant.target();
                LfGrant previous = grants.get(key);
                if (previous != null) {
                    TreeSet<String> union = new TreeSet<>(previous.permissions());
                    union.addAll(grant.permissions());
                    grant = grant.withPermissions(union);
                }
                grants.put(key, grant);
                sources.computeIfAbsent(key, k -> new TreeSet<>()).add(access.source());
            }
        }
        List<Desired> out = new ArrayList<>();
        grants.forEach((key, grant) -> out.add(new Desired(grant, sources.get(key))));
        out.sort((a, b) -> LfGrant.ORDER.compare(a.grant(), b.grant()));
        return out;
    }

    private static List<LfGrant> grants(ProductScope scope, PrincipalAccess access) {
        List<LfGrant> out = new ArrayList<>();
        SortedMap<String, List<String>> product = new TreeMap<>();
        product.put(LfTag.DOMAIN, List.of(scope.domain()));
        product.put(LfTag.DATA_PRODUCT, List.of(scope.dataProduct()));
        out.add(LfGrant.of(access.principal(), new GrantResource.TagPolicy("DATABASE", product),
                DATABASE_PERMISSIONS));
        boolean write = access.level() == AccessLevel.WRITE;
        if (access.tables().isEmpty()) {
            SortedMap<String, List<String>> tables = new TreeMap<>(product);
            tables.put(LfTag.CLASSIFICATION, List.copyOf(expressionValues(access)));
            out.add(LfGrant.of(access.principal(), new GrantResource.TagPolicy("TABLE", tables),
                    write ? WRITE_PERMISSIONS : READ_PERMISSIONS));
        } else {
            for (ProductScope.Table table : scope.tables()) {
                if (!access.tables().get().contains(table.qualifiedName())) {
                    continue;
                }
                out.add(LfGrant.of(access.principal(), new GrantResource.Table(table.database(), table.name()),
                        write ? List.of("ALTER", "DELETE", "DESCRIBE", "INSERT") : List.of("DESCRIBE")));
                List<String> visible = visibleColumns(table, access.classifications());
                if (!visible.isEmpty()) {
                    out.add(LfGrant.of(access.principal(), new GrantResource.TableColumns(table.database(),
                            table.name(), visible), List.of("SELECT")));
                }
            }
        }
        if (write) {
            for (ProductScope.Table table : scope.tables()) {
                if (access.tables().isPresent() && !access.tables().get().contains(table.qualifiedName())) {
                    continue;
                }
                table.location().flatMap(ProductScope::locationArn).ifPresent(arn -> out.add(LfGrant.of(
                        access.principal(), new GrantResource.DataLocation(arn), LOCATION_PERMISSIONS)));
            }
        }
        return out;
    }

    /** The {@code classification} values a TABLE policy lists for an access: its classifications and unclassified. */
    public static SortedSet<String> expressionValues(PrincipalAccess access) {
        TreeSet<String> values = new TreeSet<>(access.classifications());
        values.add(UNCLASSIFIED);
        return Collections.unmodifiableSortedSet(values);
    }

    /** The columns of a table that these classifications may read, in table order. */
    public static List<String> visibleColumns(ProductScope.Table table, Set<String> classifications) {
        List<String> out = new ArrayList<>();
        for (String column : table.columns()) {
            if (ColumnVisibility.visible(Optional.ofNullable(table.classifications().get(column)), classifications)) {
                out.add(column);
            }
        }
        return out;
    }
}
