package dev.datamesh.catalog.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.datamesh.catalog.Fixtures;
import dev.datamesh.contract.model.Contract;
import dev.datamesh.generator.GeneratedFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class DesiredCatalogTest {

    @Test
    void contractsOfOneDataProductFormOneProduct() {
        DesiredCatalog desired = Fixtures.desired("v1");

        assertThat(desired.productIds()).containsExactly("sales/pos-transactions");
        ProductDefinition product = desired.products().get(0);
        assertThat(product.databases()).extracting(DatabaseDefinition::name).containsExactly("sales_pos");
        assertThat(product.tables()).extracting(TableDefinition::qualifiedName)
                .containsExactly("sales_pos.pos_transactions", "sales_pos.store_inventory");
        assertThat(product.tables().get(0).classifications()).containsExactlyEntriesOf(new TreeMap<>(
                Map.of("customer_id", "restricted", "sale_id", "internal", "store_id", "public")));
        assertThat(product.tables().get(0).columnNames())
                .containsExactly("sale_id", "store_id", "customer_id", "amount", "sale_date");
        assertThat(product.schemas()).extracting(SchemaDefinition::id).containsExactly(
                "sales/sales.pos_transactions.PosTransaction", "sales/sales.store_inventory.StoreInventory");
        assertThat(product.jobs()).extracting(GlueObject::name).containsExactly("sales-pos-transactions-load");
        ProductRecord record = product.record();
        assertThat(record.name()).isEqualTo("POS transactions");
        assertThat(record.owner()).contains("sales-data");
        assertThat(record.purpose()).contains("Every till receipt line of every store, one day behind.");
        assertThat(record.sla()).containsExactly(new ProductRecord.Sla("latency", "1", Optional.of("d"),
                Optional.of("pos_transactions.sale_date"), Optional.empty()));
        assertThat(record.tables().get(0).quality())
                .containsExactly("rowCount mustBeGreaterThan 0", "sale_id: duplicateValues mustBe 0");
    }

    @Test
    void theProductRecordSurvivesItsJsonForm() {
        ProductRecord record = Fixtures.desired("v1").products().get(0).record()
                .withLastChanged(Optional.of("2026-11-25T10:00:00Z"));

        assertThat(ProductRecord.fromJson(Json.parse(Json.pretty(record.toJson())))).isEqualTo(record);
    }

    @Test
    void aContractWithoutDomainCannotBeRegistered() {
        Contract contract = Fixtures.load("""
                apiVersion: v3.1.0
                kind: DataContract
                id: urn:test:nodomain
                version: 1.0.0
                status: active
                """, "nodomain.odcs.yaml");

        assertThatThrownBy(() -> DesiredCatalog.from(List.of(contract), List.of(), DefinitionOptions.DEFAULT))
                .isInstanceOfSatisfying(InvalidProductDefinitionException.class, e -> {
                    assertThat(e.getMessage()).isEqualTo("Contract nodomain.odcs.yaml has no domain, so it cannot be "
                            + "registered in the catalog.");
                    assertThat(e.hint()).isEqualTo("add 'domain:' (for example 'domain: sales') at the top level of "
                            + "the contract.");
                });
    }

    @Test
    void aMissingTableDefinitionSaysWhichFileToGenerate() {
        List<GeneratedFile> files = new ArrayList<>(Fixtures.generated("v1"));
        files.removeIf(f -> f.path().endsWith("store_inventory.table.json"));

        assertThatThrownBy(() -> DesiredCatalog.from(List.of(Fixtures.contract("pos-v1"),
                Fixtures.contract("inventory-v1")), files, DefinitionOptions.DEFAULT))
                .isInstanceOfSatisfying(InvalidProductDefinitionException.class, e -> {
                    assertThat(e.getMessage()).isEqualTo("No Glue table definition for table 'store_inventory' of "
                            + "contract inventory-v1.odcs.yaml (expected glue/pos-transactions/store_inventory"
                            + ".table.json).");
                    assertThat(e.hint()).isEqualTo("run mesh:generate with the 'glue' generator before registering.");
                });
    }

    @Test
    void anUnreadableGeneratedFileIsNamed() {
        List<GeneratedFile> files = new ArrayList<>(Fixtures.generated("v1"));
        files.removeIf(f -> f.path().endsWith("pos_transactions.table.json"));
        files.add(new GeneratedFile("glue/pos-transactions/pos_transactions.table.json", "{\"Name\": "));

        assertThatThrownBy(() -> DesiredCatalog.from(List.of(Fixtures.contract("pos-v1"),
                Fixtures.contract("inventory-v1")), files, DefinitionOptions.DEFAULT))
                .isInstanceOf(InvalidProductDefinitionException.class)
                .hasMessage("The generated file glue/pos-transactions/pos_transactions.table.json is not a valid "
                        + "Glue TableInput (line 1, column 10: Unexpected end-of-input within/between Object entries).");
    }

    @Test
    void aTableFileThatNoContractHasIsAStaleFile() {
        assertThatThrownBy(() -> DesiredCatalog.from(List.of(Fixtures.contract("pos-v1")), Fixtures.generated("v1"),
                DefinitionOptions.DEFAULT)).isInstanceOf(InvalidProductDefinitionException.class)
                .hasMessage("glue/pos-transactions/store_inventory.table.json defines table 'store_inventory', "
                        + "which no contract of product pos-transactions has.");
    }
}
