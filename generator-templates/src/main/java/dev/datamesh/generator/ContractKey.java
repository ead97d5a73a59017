package dev.datamesh.generator;

import dev.datamesh.contract.model.Contract;
import java.text.Normalizer;
import java.util.Locale;

/**
 * The file-system-safe key of a contract used in output paths: a slug of {@code dataProduct}, else {@code name},
 * else {@code id} ({@code "Point of Sale"} becomes {@code point-of-sale}). Every generator uses it, so that a
 * contract's outputs sit under one name across kinds.
 */
public final class ContractKey {

    private ContractKey() {}

    public static String of(Contract contract) {
        String source = contract.dataProduct().filter(s -> !s.isBlank())
                .or(() -> contract.name().filter(s -> !s.isBlank()))
                .orElse(contract.id());
        return slug(source);
    }

    /** Lower-case ASCII letters, digits, '-' and '_'; other runs become a single '-'. Never empty. */
    public static String slug(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > 100) {
            slug = slug.substring(0, 100);
        }
        return slug.isEmpty() ? "contract" : slug;
    }
}
