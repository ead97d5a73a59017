package dev.datamesh.catalog.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.datamesh.catalog.CatalogRegistration;
import dev.datamesh.catalog.Fixtures;
import dev.datamesh.catalog.RegistrationOptions;
import dev.datamesh.catalog.TestProducts;
import dev.datamesh.catalog.access.Subscriptions;
import dev.datamesh.catalog.model.DefinitionOptions;
import dev.datamesh.catalog.model.DesiredCatalog;
import dev.datamesh.catalog.model.ProductDefinition;
import dev.datamesh.catalog.model.TableDefinition;
import dev.datamesh.contract.access.Principal;
import dev.datamesh.contract.model.Contract;
import dev.datamesh.generator.GeneratorOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the generated HTML catalog in a real headless Chromium and checks what a person would see: every product,
 * table and column, who can see which columns and the subscriptions, hostile text shown as text, and no broken link. In CI (CI=true) a missing browser fails the test.
 */
class LocalCatalogSiteBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final String HOSTILE = "<script>alert('x')</script> & \"quoted\" </td>";

    @TempDir
    Path dir;

    @Test
    void everyProductTableAndColumnIsShownAndNoLinkIsBroken() throws Exception {
        requireChromium();
        Path catalog = dir.resolve("catalog");
        LocalCatalogBackend backend = Fixtures.local(catalog);
        List<ProductDefinition> products = new ArrayList<>();
        for (DesiredCatalog desired : List.of(Fixtures.desired("v2"), hostileProduct(),
                TestProducts.desired("product-master", "sales_master", "products"))) {
            CatalogRegistration.register(desired, backend, RegistrationOptions.DEFAULT, line -> {});
            products.addAll(desired.products());
        }

        Map<Path, Document> pages = crawl(catalog.resolve("site/index.html"));

        Document index = pages.get(catalog.resolve("site/index.html"));
        assertThat(index.select("a.product").eachText()).containsExactlyInAnyOrder("POS transactions",
                "Tom & Jerry's <b>\"best\"</b>", "product-master");
        assertThat(pages).hasSize(4);
        for (ProductDefinition product : products) {
            Path page = catalog.resolve("site/" + product.domain() + "/" + product.dataProduct() + ".html");
            Document dom = pages.get(page);
            assertThat(dom).as("page of %s", product.id()).isNotNull();
            assertThat(dom.select("h1").text()).isEqualTo(product.record().name());
            assertThat(dom.select("h3.table").eachText())
                    .containsExactlyElementsOf(product.tables().stream().map(TableDefinition::qualifiedName).toList());
            for (TableDefinition table : product.tables()) {
                Element section = dom.select("section:has(h3.table:containsOwn(" + table.qualifiedName() + "))")
                        .first();
                assertThat(section).as("section of %s", table.qualifiedName()).isNotNull();
                assertThat(section.select("td.column").eachText().stream().map(t -> t.split(" ")[0]).toList())
                        .containsExactlyElementsOf(table.columnNames());
                table.classifications().forEach((column, classification) -> assertThat(section.select(
                        "tr:has(td.column:containsOwn(" + column + ")) td.classification").text())
                        .isEqualTo(classification));
            }
        }
        Document hostile = pages.get(catalog.resolve("site/sales/tom-jerry-s-b-best-b.html"));
        assertThat(hostile.select("dd").eachText()).contains(HOSTILE);
        assertThat(hostile.select("td").eachText()).contains("Comment with " + HOSTILE);
        for (Document dom : pages.values()) {
            assertThat(dom.select("script, iframe, img, link, object, embed")).isEmpty();
            assertThat(dom.select("[src]")).isEmpty();
        }
    }

    @Test
    void theProductPageShowsRolesWhoSeesWhichColumnsAndTheSubscriptions() throws Exception {
        requireChromium();
        Path catalog = dir.resolve("catalog");
        LocalCatalogBackend backend = Fixtures.local(catalog);
        CatalogRegistration.register(Fixtures.withRoles(Fixtures.ROLES), backend, RegistrationOptions.DEFAULT,
                line -> {});
        AtomicInteger ids = new AtomicInteger();
        Subscriptions subscriptions = new Subscriptions(backend, Fixtures.CLOCK, () -> "sub-" + ids.incrementAndGet(),
                line -> {});
        subscriptions.subscribe("sales/pos-transactions", Principal.parse("456789012345").orElseThrow(),
                List.of("pos_transactions"), Optional.of("Basket <analysis>"), "carol");
        subscriptions.subscribe("sales/pos-transactions", Principal.parse("arn:aws:iam::567890123456:role/bi")
                .orElseThrow(), List.of(), Optional.empty(), "dave");
        subscriptions.approve("sub-1", "mmoreau", Optional.of("fine"), Set.of("internal", "public"));

        Document page = Jsoup.parse(dumpDom(catalog.resolve("site/sales/pos-transactions.html")));

        assertThat(page.select("table.roles tr.role td.principal").eachText()).containsExactly(
                Fixtures.READER + " Forecasting jobs read daily sales lines.",
                Fixtures.WRITER + " sales-pos-etl", Fixtures.AUDIT_ACCOUNT);
        assertThat(page.select("table.roles tr.role td.access").eachText()).containsExactly("read", "write", "read");
        assertThat(page.select("table.roles tr.role td.approvers").eachText()).containsExactly(
                "mmoreau (first level)", "tkowalski (first level) data-governance (second level)", "none named");
        Element reader = page.select("table.roles tr.role").first();
        assertThat(reader.select("div.visible-table").eachText()).containsExactly(
                "sales_pos.pos_transactions: sale_id, store_id, amount, sale_date (hidden: customer_id)",
                "sales_pos.store_inventory: store_id, product_id, on_hand");
        assertThat(page.select("table.roles tr.role").get(1).select("span.hidden")).isEmpty();
        assertThat(page.select("table.subscriptions tr.subscription").eachText()).containsExactly(
                "sub-1 456789012345 sales_pos.pos_transactions APPROVED carol, 2026-11-25T10:00:00Z Basket <analysis> "
                        + "mmoreau, 2026-11-25T10:00:00Z fine",
                "sub-2 arn:aws:iam::567890123456:role/bi all tables PENDING dave, 2026-11-25T10:00:00Z");
        assertThat(page.select("ul.grants li.grant").eachText()).contains(
                "456789012345: SELECT on columns sales_pos.pos_transactions (sale_id, store_id, amount, sale_date)",
                Fixtures.READER + ": DESCRIBE, SELECT on tables tagged domain=sales, data_product=pos-transactions, "
                        + "classification in (internal, public, unclassified)");
        assertThat(page.select("a[href=#access], a[href=#subscriptions]")).isEmpty();
        assertThat(page.getElementById("access")).isNotNull();
        assertThat(page.getElementById("subscriptions")).isNotNull();
    }

    private static DesiredCatalog hostileProduct() {
        String yaml = """
                apiVersion: v3.1.0
                kind: DataContract
                id: urn:test:hostile
                version: 1.0.0
                status: active
                domain: sales
                dataProduct: "Tom & Jerry's <b>\\"best\\"</b>"
                description:
                  purpose: "%1$s"
                servers:
                  - server: central
                    type: glue
                    account: "123456789012"
                    database: sales_odd
                schema:
                  - name: odd_table
                    description: "%1$s"
                    properties:
                      - name: weird
                        description: "Comment with %1$s"
                        logicalType: string
                        classification: "restricted"
                """.formatted(HOSTILE.replace("\"", "\\\""));
        Contract contract = Fixtures.load(yaml, "hostile.odcs.yaml");
        return DesiredCatalog.from(List.of(contract), new TestProducts.FakeGlueGenerator().generate(contract,
                GeneratorOptions.DEFAULT), DefinitionOptions.DEFAULT);
    }

    /** Dumps the DOM of every page reachable by relative links from {@code start}; fails on a broken link. */
    private Map<Path, Document> crawl(Path start) throws Exception {
        Map<Path, Document> pages = new LinkedHashMap<>();
        Deque<Path> queue = new ArrayDeque<>(List.of(start.toAbsolutePath().normalize()));
        while (!queue.isEmpty()) {
            Path page = queue.removeFirst();
            if (pages.containsKey(page)) {
                continue;
            }
            Document dom = Jsoup.parse(dumpDom(page), page.toUri().toString());
            pages.put(page, dom);
            for (Element link : dom.select("a[href]")) {
                String href = link.attr("href");
                assertThat(URI.create(href).isAbsolute()).as("link %s on %s is relative", href, page).isFalse();
                assertThat(href).as("link on %s", page).doesNotStartWith("/");
                String path = href.contains("#") ? href.substring(0, href.indexOf('#')) : href;
                String fragment = href.contains("#") ? href.substring(href.indexOf('#') + 1) : "";
                Path target = path.isEmpty() ? page
                        : Path.of(page.getParent().toUri().resolve(URI.create(path))).normalize();
                assertThat(target).as("target of link %s on %s", href, page).isRegularFile();
                if (!fragment.isEmpty()) {
                    Document targetDom = target.equals(page) ? dom : Jsoup.parse(Files.readString(target));
                    assertThat(targetDom.getElementById(fragment)).as("anchor %s on %s", href, page).isNotNull();
                }
                queue.addLast(target);
            }
        }
        return pages;
    }

    private String dumpDom(Path page) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(dir, "chromium-profile");
        Process chromium = new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--user-data-dir=" + profile, "--dump-dom", page.toUri().toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] dom;
        try (InputStream out = chromium.getInputStream()) {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            out.transferTo(buffer);
            dom = buffer.toByteArray();
        }
        if (!chromium.waitFor(60, TimeUnit.SECONDS)) {
            chromium.destroyForcibly();
            fail("chromium did not finish within 60 s for " + page);
        }
        assertThat(chromium.exitValue()).as("chromium exit code for %s", page).isZero();
        String text = new String(dom, StandardCharsets.UTF_8);
        assertThat(text).as("DOM of %s", page).contains("<body>");
        return text;
    }

    private static void requireChromium() {
        if (Files.isExecutable(CHROMIUM)) {
            return;
        }
        String message = "The browser check of the HTML catalog needs Chromium at " + CHROMIUM
                + " (Debian package 'chromium': apt-get install -y chromium).";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail(message + " In CI the browser is required.");
        }
        System.err.println("SKIPPED: " + message);
        Assumptions.abort(message);
    }
}
