package dev.datamesh.catalog.model;

import dev.datamesh.contract.model.Contract;
import dev.datamesh.generator.GeneratedFile;
import java.util.Comparator;
import java.util.List;

/** What the catalog should hold for the products being registered, sorted by product id. */
public record DesiredCatalog(List<ProductDefinition> products) {

    public DesiredCatalog {
        products = products.stream().sorted(Comparator.comparing(ProductDefinition::id)).toList();
    }

    public static DesiredCatalog of(List<ProductDefinition> products) {
        return new DesiredCatalog(products);
    }

    /**
     * Builds the desired state from validated contracts and the files the generators made for them, found by
     * path: {@code glue/<key>/database.json}, {@code glue/<key>/<table>.table.json},
     * {@code avro/<key>/<Record>.avsc} and {@code glue-etl/<key>/<table>.job.json}, where {@code key} is the
     * contract's {@code ContractKey}. Contracts with the same domain and data product form one product.
     *
     * @throws InvalidProductDefinitionException for a contract without domain, a missing or unreadable generated
     *     file, or two contracts claiming the same table
     */
    public static DesiredCatalog from(List<Contract> contracts, List<GeneratedFile> files,
            DefinitionOptions options) {
        return new DesiredCatalogAssembler(files, options).assemble(contracts);
    }

    public List<String> productIds() {
        return products.stream().map(ProductDefinition::id).toList();
    }
}
