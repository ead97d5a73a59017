package dev.datamesh.catalog.model;

import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/** A Lake Formation LF-tag: a key and its allowed values (sorted, no duplicates), as {@code GetLFTag} returns it. */
public record LfTag(String key, List<String> values) {

    /** The key holding the contract's {@code domain}. */
    public static final String DOMAIN = "domain";
    /** The key holding the data product (a slug of the contract's {@code dataProduct}). */
    public static final String DATA_PRODUCT = "data_product";
    /** The column-level key holding a property's {@code classification}. */
    public static final String CLASSIFICATION = "classification";

    public LfTag {
        Objects.requireNonNull(key, "key == null");
        values = List.copyOf(new TreeSet<>(values));
    }
}
