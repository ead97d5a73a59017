package dev.datamesh.catalog.model;

/**
 * The keys of the product record in database and table {@code Parameters}, so that a consumer browsing the
 * catalog sees who owns what. Where several contracts share a database, the contract keys hold comma-separated
 * lists in contract-id order.
 */
public final class ProductParameters {

    /** {@code <domain>/<data product>}, the product's id; also how registration recognises its own resources. */
    public static final String PRODUCT_ID = "product.id";
    public static final String DOMAIN = "product.domain";
    public static final String DATA_PRODUCT = "product.data_product";
    public static final String OWNER = "product.owner";
    public static final String CONTRACT_ID = "contract.id";
    public static final String CONTRACT_VERSION = "contract.version";
    public static final String CONTRACT_FINGERPRINT = "contract.fingerprint";

    private ProductParameters() {}
}
