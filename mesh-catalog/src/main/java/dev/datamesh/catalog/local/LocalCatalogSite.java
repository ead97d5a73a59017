package dev.datamesh.catalog.local;

import static dev.datamesh.catalog.local.Html.escape;

import dev.datamesh.catalog.CatalogReader;
import dev.datamesh.catalog.access.LfGrant;
import dev.datamesh.catalog.access.ProductScope;
import dev.datamesh.catalog.access.Subscription;
import dev.datamesh.catalog.model.GlueObject;
import dev.datamesh.catalog.model.LfTag;
import dev.datamesh.catalog.model.ProductRecord;
import dev.datamesh.catalog.model.ResourceLfTags;
import dev.datamesh.catalog.model.SchemaInfo;
import dev.datamesh.catalog.model.TableDefinition;
import dev.datamesh.catalog.model.TableState;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The static HTML catalog of a local catalog directory: {@code site/index.html} lists the products by domain, and
 * {@code site/<domain>/<product>.html} shows one product's owner, purpose, service levels, support, contracts, who
 * can see which columns (roles, grants, subscriptions), tables with columns, types and classifications, quality
 * rules, schemas and jobs. Self-contained (inline CSS, no
 * scripts, relative links only) and byte-stable for the same catalog content.
 */
final class LocalCatalogSite {

    private static final String CSS = """
            body{font-family:system-ui,sans-serif;margin:2rem auto;max-width:70rem;padding:0 1rem;color:#1b1b1b}
            h1{margin-bottom:.2rem}h2{border-bottom:1px solid #ccc;padding-bottom:.2rem;margin-top:2rem}
            table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem}
            th,td{border:1px solid #ddd;padding:.3rem .5rem;text-align:left;vertical-align:top}
            th{background:#f3f3f3}.id,.muted{color:#666;font-size:.9em}code{font-size:.9em}
            dl{display:grid;grid-template-columns:max-content auto;gap:.2rem 1rem}dt{font-weight:600}dd{margin:0}
            section{border-left:3px solid #4a7bd0;padding-left:1rem;margin:1.5rem 0}
            .classification{font-weight:600}.hidden{color:#a33}
            """;

    private final LocalCatalogFiles files;
    private final CatalogReader reader;

    LocalCatalogSite(LocalCatalogFiles files, CatalogReader reader) {
        this.files = files;
        this.reader = reader;
    }

    /** Writes the pages that changed. */
    void write() {
        render().forEach((path, html) -> files.writeTextIfChanged(files.site().resolve(path), html));
    }

    /** Every page by path relative to {@code site/}. */
    Map<String, String> render() {
        List<ProductRecord> products = products();
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("index.html", index(products));
        for (ProductRecord product : products) {
            pages.put(productPage(product.domain(), product.dataProduct()), productPage(product));
        }
        return pages;
    }

    /** A product's page, relative to {@code site/}. */
    static String productPage(String domain, String dataProduct) {
        return domain + "/" + dataProduct + ".html";
    }

    private List<ProductRecord> products() {
        List<ProductRecord> out = new ArrayList<>();
        for (Path domain : files.directories(files.productsDir())) {
            for (Path file : files.list(domain)) {
                files.read(file).ifPresent(doc -> out.add(LocalCatalogSession.product(file, doc)));
            }
        }
        out.sort((a, b) -> a.id().compareTo(b.id()));
        return out;
    }

    private static String index(List<ProductRecord> products) {
        StringBuilder out = new StringBuilder();
        head(out, "Data product catalog");
        out.append("<h1>Data product catalog</h1>\n");
        Map<String, List<ProductRecord>> byDomain = new TreeMap<>();
        products.forEach(p -> byDomain.computeIfAbsent(p.domain(), d -> new ArrayList<>()).add(p));
        if (products.isEmpty()) {
            out.append("<p>No data products are registered yet.</p>\n");
        } else {
            out.append("<p class=\"muted\">").append(products.size()).append(" data product")
                    .append(products.size() == 1 ? "" : "s").append(" in ").append(byDomain.size())
                    .append(byDomain.size() == 1 ? " domain" : " domains").append(".</p>\n");
        }
        int section = 0;
        for (Map.Entry<String, List<ProductRecord>> domain : byDomain.entrySet()) {
            section++;
            out.append("<h2 id=\"domain-").append(section).append("\">Domain ").append(escape(domain.getKey()))
                    .append("</h2>\n<table class=\"products\">\n<thead><tr><th>Data product</th><th>Owner team</th>")
                    .append("<th>Contracts</th><th>Tables</th><th>Purpose</th><th>Last changed</th></tr></thead>\n")
                    .append("<tbody>\n");
            for (ProductRecord p : domain.getValue()) {
                out.append("<tr><td><a class=\"product\" href=\"").append(Html.pathSegment(p.domain())).append('/')
                        .append(Html.pathSegment(p.dataProduct())).append(".html\">").append(escape(p.name()))
                        .append("</a><br><span class=\"id\">").append(escape(p.id())).append("</span></td><td>")
                        .append(escape(p.owner().orElse("-"))).append("</td><td>");
                p.contracts().forEach(c -> out.append(escape(c.id())).append(" <span class=\"muted\">")
                        .append(escape(c.version())).append("</span><br>"));
                out.append("</td><td>").append(p.tables().size()).append("</td><td>")
                        .append(escape(p.purpose().orElse(""))).append("</td><td>")
                        .append(escape(p.lastChanged().orElse(""))).append("</td></tr>\n");
            }
            out.append("</tbody>\n</table>\n");
        }
        out.append("</body>\n</html>\n");
        return out.toString();
    }

    private String productPage(ProductRecord p) {
        StringBuilder out = new StringBuilder();
        head(out, p.name() + " - data product");
        out.append("<p><a href=\"../index.html\">All data products</a></p>\n");
        out.append("<h1>").append(escape(p.name())).append("</h1>\n<p class=\"id\">").append(escape(p.id()))
                .append("</p>\n<dl>\n");
        definition(out, "Domain", Optional.of(p.domain()));
        definition(out, "Owner team", p.owner());
        definition(out, "Members", p.members().isEmpty() ? Optional.empty() : Optional.of(String.join(", ",
                p.members())));
        definition(out, "Purpose", p.purpose());
        definition(out, "Usage", p.usage());
        definition(out, "Limitations", p.limitations());
        definition(out, "Tags", p.tags().isEmpty() ? Optional.empty() : Optional.of(String.join(", ", p.tags())));
        definition(out, "Last changed", p.lastChanged());
        out.append("</dl>\n");

        out.append("<h2 id=\"contracts\">Contracts</h2>\n<table>\n<thead><tr><th>Id</th><th>Name</th><th>Version</th>")
                .append("<th>Status</th><th>Fingerprint</th></tr></thead>\n<tbody>\n");
        for (ProductRecord.ContractRef c : p.contracts()) {
            out.append("<tr><td>").append(escape(c.id())).append("</td><td>").append(escape(c.name().orElse("")))
                    .append("</td><td>").append(escape(c.version())).append("</td><td>").append(escape(c.status()))
                    .append("</td><td><code>").append(escape(c.fingerprint().substring(0,
                            Math.min(12, c.fingerprint().length())))).append("</code></td></tr>\n");
        }
        out.append("</tbody>\n</table>\n");

        out.append("<h2 id=\"sla\">Service levels</h2>\n");
        if (p.sla().isEmpty()) {
            out.append("<p class=\"muted\">None declared.</p>\n");
        } else {
            out.append("<table>\n<thead><tr><th>Property</th><th>Value</th><th>Unit</th><th>Element</th>")
                    .append("<th>Description</th></tr></thead>\n<tbody>\n");
            for (ProductRecord.Sla s : p.sla()) {
                out.append("<tr><td>").append(escape(s.property())).append("</td><td>").append(escape(s.value()))
                        .append("</td><td>").append(escape(s.unit().orElse(""))).append("</td><td>")
                        .append(escape(s.element().orElse(""))).append("</td><td>")
                        .append(escape(s.description().orElse(""))).append("</td></tr>\n");
            }
            out.append("</tbody>\n</table>\n");
        }

        out.append("<h2 id=\"support\">Support</h2>\n");
        if (p.support().isEmpty()) {
            out.append("<p class=\"muted\">None declared.</p>\n");
        } else {
            out.append("<ul>\n");
            for (ProductRecord.Support s : p.support()) {
                out.append("<li>").append(escape(s.channel()));
                s.url().ifPresent(u -> out.append(": <code>").append(escape(u)).append("</code>"));
                s.description().ifPresent(d -> out.append(" - ").append(escape(d)));
                out.append("</li>\n");
            }
            out.append("</ul>\n");
        }

        access(out, p);
        subscriptions(out, p);

        out.append("<h2 id=\"tables\">Tables</h2>\n<ul>\n");
        for (int i = 0; i < p.tables().size(); i++) {
            out.append("<li><a href=\"#table-").append(i + 1).append("\">")
                    .append(escape(p.tables().get(i).qualifiedName())).append("</a></li>\n");
        }
        out.append("</ul>\n");
        for (int i = 0; i < p.tables().size(); i++) {
            table(out, p.tables().get(i), i + 1);
        }

        out.append("<h2 id=\"schemas\">Schemas</h2>\n");
        if (p.schemas().isEmpty()) {
            out.append("<p class=\"muted\">None registered.</p>\n");
        } else {
            out.append("<table>\n<thead><tr><th>Registry</th><th>Schema</th><th>Latest version</th></tr></thead>\n")
                    .append("<tbody>\n");
            for (String id : p.schemas()) {
                int slash = id.indexOf('/');
                String registry = slash < 0 ? id : id.substring(0, slash);
                String name = slash < 0 ? "" : id.substring(slash + 1);
                Optional<SchemaInfo> info = name.isEmpty() ? Optional.empty() : reader.getSchema(registry, name);
                out.append("<tr><td>").append(escape(registry)).append("</td><td class=\"schema\">")
                        .append(escape(name)).append("</td><td>")
                        .append(info.map(s -> Long.toString(s.latestVersion())).orElse("not registered"))
                        .append("</td></tr>\n");
            }
            out.append("</tbody>\n</table>\n");
        }

        out.append("<h2 id=\"jobs\">ETL jobs</h2>\n");
        if (p.jobs().isEmpty()) {
            out.append("<p class=\"muted\">None registered.</p>\n");
        } else {
            out.append("<ul>\n");
            for (String job : p.jobs()) {
                Optional<GlueObject> definition = reader.getJob(job);
                out.append("<li class=\"job\">").append(escape(job));
                definition.flatMap(j -> j.text("GlueVersion"))
                        .ifPresent(v -> out.append(" <span class=\"muted\">Glue ").append(escape(v)).append("</span>"));
                out.append("</li>\n");
            }
            out.append("</ul>\n");
        }
        out.append("</body>\n</html>\n");
        return out.toString();
    }

    /** The contracts' roles: principal, access, approvers, and the columns each can see (and not see). */
    private void access(StringBuilder out, ProductRecord p) {
        out.append("<h2 id=\"access\">Access</h2>\n");
        if (p.roles().isEmpty()) {
            out.append("<p class=\"muted\">The contracts name no roles.</p>\n");
        } else {
            out.append("<p class=\"muted\">Who can see what: a role reads the columns of its classifications and every ")
                    .append("unclassified column; other columns are hidden from it.</p>\n")
                    .append("<table class=\"roles\">\n<thead><tr><th>Role</th><th>Access</th><th>Approvers</th>")
                    .append("<th>Classifications</th><th>Columns it can see</th></tr></thead>\n<tbody>\n");
            for (ProductRecord.RoleRef role : p.roles()) {
                out.append("<tr class=\"role\"><td class=\"principal\">").append(escape(role.principal()));
                if (!role.role().equals(role.principal())) {
                    out.append("<br><span class=\"muted\">").append(escape(role.role())).append("</span>");
                }
                role.description().ifPresent(d -> out.append("<br><span class=\"muted\">").append(escape(d))
                        .append("</span>"));
                out.append("</td><td class=\"access\">").append(escape(role.access()))
                        .append("</td><td class=\"approvers\">");
                role.firstLevelApprovers().forEach(a -> out.append(escape(a)).append(" <span class=\"muted\">(first ")
                        .append("level)</span><br>"));
                role.secondLevelApprovers().forEach(a -> out.append(escape(a)).append(" <span class=\"muted\">(second ")
                        .append("level)</span><br>"));
                if (role.firstLevelApprovers().isEmpty() && role.secondLevelApprovers().isEmpty()) {
                    out.append("<span class=\"muted\">none named</span>");
                }
                out.append("</td><td class=\"classifications\">").append(escape(String.join(", ",
                        role.classifications()))).append("</td><td class=\"visible\">");
                role.visibleColumns().forEach((table, columns) -> {
                    out.append("<div class=\"visible-table\"><code>").append(escape(table)).append("</code>: ")
                            .append("<span class=\"columns\">").append(escape(String.join(", ", columns)))
                            .append("</span>");
                    List<String> hidden = hiddenColumns(table, columns);
                    if (!hidden.isEmpty()) {
                        out.append(" <span class=\"hidden\">(hidden: ").append(escape(String.join(", ", hidden)))
                                .append(")</span>");
                    }
                    out.append("</div>");
                });
                out.append("</td></tr>\n");
            }
            out.append("</tbody>\n</table>\n");
        }
        List<LfGrant> grants = grants(p);
        if (!grants.isEmpty()) {
            out.append("<h3>Lake Formation grants</h3>\n<ul class=\"grants\">\n");
            for (LfGrant grant : grants) {
                out.append("<li class=\"grant\"><code>").append(escape(grant.principal())).append("</code>: ")
                        .append(escape(String.join(", ", grant.permissions()))).append(" on ")
                        .append(escape(grant.resource().describe())).append("</li>\n");
            }
            out.append("</ul>\n");
        }
    }

    private List<String> hiddenColumns(String qualifiedTable, List<String> visible) {
        int dot = qualifiedTable.indexOf('.');
        if (dot < 0) {
            return List.of();
        }
        return reader.getTable(qualifiedTable.substring(0, dot), qualifiedTable.substring(dot + 1))
                .map(t -> TableDefinition.columnNames(t.table()).stream().filter(c -> !visible.contains(c)).toList())
                .orElse(List.of());
    }

    private List<LfGrant> grants(ProductRecord p) {
        List<TableState> tables = reader.getProductTables(p.id());
        ProductScope scope = ProductScope.fromCatalog(p.id(), tables,
                t -> reader.getTableLfTags(t.database(), t.name()));
        return reader.getGrants(scope);
    }

    /** The consumers' requests for the product and where they stand. */
    private void subscriptions(StringBuilder out, ProductRecord p) {
        out.append("<h2 id=\"subscriptions\">Subscriptions</h2>\n");
        List<Subscription> requests = reader.getSubscriptions(Optional.of(p.id()));
        if (requests.isEmpty()) {
            out.append("<p class=\"muted\">No requests. Consumers ask for access with <code>mesh:subscribe ")
                    .append("-Dmesh.product=").append(escape(p.id())).append(" -Dmesh.principal=&lt;role ARN or ")
                    .append("account id&gt;</code>.</p>\n");
            return;
        }
        out.append("<table class=\"subscriptions\">\n<thead><tr><th>Request</th><th>Principal</th><th>Tables</th>")
                .append("<th>Status</th><th>Requested</th><th>Decision</th></tr></thead>\n<tbody>\n");
        for (Subscription s : requests) {
            out.append("<tr class=\"subscription\"><td class=\"request\">").append(escape(s.id()))
                    .append("</td><td class=\"principal\">").append(escape(s.principal()))
                    .append("</td><td class=\"tables\">").append(escape(s.tablesText()))
                    .append("</td><td class=\"status\">").append(escape(s.status().name()))
                    .append("</td><td>").append(escape(s.requester())).append(", ").append(escape(s.requestedAt()));
            s.reason().ifPresent(r -> out.append("<br><span class=\"muted\">").append(escape(r)).append("</span>"));
            out.append("</td><td>");
            s.decidedBy().ifPresent(by -> out.append(escape(by)).append(", ")
                    .append(escape(s.decidedAt().orElse(""))));
            s.decisionReason().ifPresent(r -> out.append("<br><span class=\"muted\">").append(escape(r))
                    .append("</span>"));
            out.append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n");
    }

    private void table(StringBuilder out, ProductRecord.TableRef ref, int index) {
        out.append("<section id=\"table-").append(index).append("\">\n<h3 class=\"table\">")
                .append(escape(ref.qualifiedName())).append("</h3>\n");
        ref.description().ifPresent(d -> out.append("<p>").append(escape(d)).append("</p>\n"));
        Optional<TableState> state = reader.getTable(ref.database(), ref.name());
        out.append("<dl>\n");
        definition(out, "Contract", Optional.of(ref.contractId()));
        if (state.isEmpty()) {
            definition(out, "Catalog", Optional.of("not in the catalog"));
            out.append("</dl>\n</section>\n");
            return;
        }
        GlueObject table = state.get().table();
        Optional<GlueObject> storage = table.object("StorageDescriptor");
        int history = versions(ref);
        definition(out, "Version", Optional.of(state.get().versionId()
                + (history == 0 ? "" : " (" + history + " earlier version" + (history == 1 ? "" : "s") + ")")));
        definition(out, "Location", storage.flatMap(s -> s.text("Location")));
        definition(out, "Format", table.parameters().containsKey("classification")
                ? Optional.of(table.parameters().get("classification")) : storage.flatMap(s -> s.text("InputFormat")));
        definition(out, "Updated", table.text("UpdateTime"));
        out.append("</dl>\n");

        ResourceLfTags tags = reader.getTableLfTags(ref.database(), ref.name());
        out.append("<table class=\"columns\">\n<thead><tr><th>Column</th><th>Type</th><th>Classification</th>")
                .append("<th>Description</th></tr></thead>\n<tbody>\n");
        List<GlueObject> columns = new ArrayList<>(storage.map(s -> s.objects("Columns")).orElse(List.of()));
        int dataColumns = columns.size();
        columns.addAll(table.objects("PartitionKeys"));
        for (int i = 0; i < columns.size(); i++) {
            GlueObject column = columns.get(i);
            String classification = tags.column(column.name()).getOrDefault(LfTag.CLASSIFICATION, "");
            out.append("<tr><td class=\"column\">").append(escape(column.name()))
                    .append(i >= dataColumns ? " <span class=\"muted\">(partition key)</span>" : "")
                    .append("</td><td><code>").append(escape(column.text("Type").orElse("")))
                    .append("</code></td><td class=\"classification\">").append(escape(classification))
                    .append("</td><td>").append(escape(column.text("Comment").orElse(""))).append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n");
        if (!ref.quality().isEmpty()) {
            out.append("<h4>Quality rules</h4>\n<ul>\n");
            ref.quality().forEach(q -> out.append("<li class=\"quality\">").append(escape(q)).append("</li>\n"));
            out.append("</ul>\n");
        }
        out.append("</section>\n");
    }

    private int versions(ProductRecord.TableRef ref) {
        return files.read(files.table(ref.database(), ref.name()))
                .map(doc -> doc.path("Versions").size()).orElse(0);
    }

    private static void definition(StringBuilder out, String term, Optional<String> value) {
        value.filter(v -> !v.isBlank()).ifPresent(v -> out.append("<dt>").append(escape(term)).append("</dt><dd>")
                .append(escape(v)).append("</dd>\n"));
    }

    private static void head(StringBuilder out, String title) {
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(escape(title)).append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
    }
}
