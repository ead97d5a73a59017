package dev.datamesh.contract.loader;

/**
 * Limits that keep a hostile or broken file from exhausting memory or stack.
 *
 * @param maxFileBytes largest file accepted, in bytes
 * @param maxDepth deepest nesting of mappings and lists
 * @param maxAliases most alias references ({@code *name}) in one file
 * @param maxNodes most nodes in the document once aliases are expanded
 */
public record LoaderLimits(long maxFileBytes, int maxDepth, int maxAliases, int maxNodes) {

    /** 4 MiB, depth 64, 200 aliases, 250,000 nodes: far above any real contract, far below trouble. */
    public static final LoaderLimits DEFAULT = new LoaderLimits(4L * 1024 * 1024, 64, 200, 250_000);

    public LoaderLimits {
        if (maxFileBytes <= 0 || maxDepth <= 0 || maxAliases < 0 || maxNodes <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }
}
