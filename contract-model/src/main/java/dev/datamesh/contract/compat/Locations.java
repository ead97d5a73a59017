package dev.datamesh.contract.compat;

import dev.datamesh.contract.loader.MapNode;
import dev.datamesh.contract.loader.ScalarNode;
import dev.datamesh.contract.model.SourceLocation;

/** Where a change points in a file. */
final class Locations {

    private Locations() {}

    /**
     * Where a key's value is: the value itself for a scalar, the key for a list or mapping (whose own position is
     * its first item, a line below the key), and the enclosing mapping when the key is absent.
     */
    static SourceLocation of(MapNode node, String key) {
        return node.get(key).filter(v -> !(v instanceof ScalarNode)).isPresent() ? node.keyLocation(key)
                : node.valueLocation(key);
    }
}
