package dev.datamesh.contract.access;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datamesh.contract.ContractLoader;
import dev.datamesh.contract.model.Contract;
import dev.datamesh.contract.model.Role;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ColumnVisibilityTest {

    private static final Contract CONTRACT = new ContractLoader().load("""
            apiVersion: v3.1.0
            kind: DataContract
            id: urn:datacontract:sales:pos
            version: 1.0.0
            status: active
            team:
              name: sales-data
            schema:
              - name: pos_sales
                physicalName: pos_transactions
                properties:
                  - name: sale_id
                    logicalType: string
                    classification: internal
                  - name: store_id
                    logicalType: integer
                    classification: public
                  - name: customer_loyalty_id
                    logicalType: string
                    classification: restricted
                  - name: card_hash
                    physicalName: card_sha256
                    logicalType: string
                    classification: confidential
                  - name: amount
                    logicalType: number
                  - name: basket
                    logicalType: object
                    classification: " "
                    properties:
                      - name: promo
                        logicalType: string
                        classification: restricted
              - name: stores
                properties:
                  - name: store_id
                    logicalType: integer
                    classification: public
            roles:
              - role: arn:aws:iam::210987654321:role/demand-planning-reader
              - role: arn:aws:iam::210987654321:role/fraud-analyst
                customProperties:
                  - property: classifications
                    value: [internal, restricted]
              - role: arn:aws:iam::210987654321:role/store-ops
                customProperties:
                  - property: classifications
                    value: public
            """, "pos.odcs.yaml").unwrap();

    private static Role role(int index) {
        return CONTRACT.roles().get(index);
    }

    @Test
    void aDefaultReaderSeesTheOpenClassificationsAndUnclassifiedColumns() {
        assertThat(ColumnVisibility.visibleColumns(role(0), CONTRACT, AccessConfig.DEFAULT_OPEN_CLASSIFICATIONS))
                .containsExactly(Map.entry("pos_transactions", List.of("sale_id", "store_id", "amount", "basket")),
                        Map.entry("stores", List.of("store_id")));
    }

    @Test
    void aRoleThatListsClassificationsSeesThoseAndUnclassifiedColumnsOnly() {
        assertThat(ColumnVisibility.allowed(role(1), AccessConfig.DEFAULT_OPEN_CLASSIFICATIONS))
                .containsExactly("internal", "restricted");
        assertThat(ColumnVisibility.visibleColumns(role(1), CONTRACT, AccessConfig.DEFAULT_OPEN_CLASSIFICATIONS))
                .containsExactly(Map.entry("pos_transactions",
                        List.of("sale_id", "customer_loyalty_id", "amount", "basket")),
                        Map.entry("stores", List.of()));
        assertThat(ColumnVisibility.visibleColumns(role(2), CONTRACT, Set.of("internal")).get("pos_transactions"))
                .containsExactly("store_id", "amount", "basket");
    }

    @Test
    void otherClassificationsAreNeverVisibleUnlessListed() {
        assertThat(ColumnVisibility.visibleColumns(CONTRACT, Set.of()).get("pos_transactions"))
                .containsExactly("amount", "basket");
        assertThat(ColumnVisibility.visibleColumns(CONTRACT, Set.of("confidential")).get("pos_transactions"))
                .containsExactly("card_sha256", "amount", "basket");
        assertThat(ColumnVisibility.visible(Optional.of(" restricted "), Set.of("restricted"))).isTrue();
        assertThat(ColumnVisibility.visible(Optional.empty(), Set.of())).isTrue();
        assertThat(ColumnVisibility.classificationsInUse(CONTRACT))
                .containsExactly("confidential", "internal", "public", "restricted");
    }
}
