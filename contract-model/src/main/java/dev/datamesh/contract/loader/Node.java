package dev.datamesh.contract.loader;

import dev.datamesh.contract.model.FromSourceLocation;
import dev.datamesh.contract.model.SourceLocation;

/**
 * A YAML value that knows where it was written: a {@link MapNode}, a {@link ListNode} or a {@link ScalarNode}.
 */
public sealed interface Node extends FromSourceLocation permits MapNode, ListNode, ScalarNode {

    /** Where this value starts. */
    SourceLocation location();

    @Override
    default SourceLocation sourceLocation() {
        return location();
    }

    /** The number of nodes in this subtree, this one included. */
    int size();

    /** A short word for messages: {@code object}, {@code list}, {@code string}, {@code number}, ... */
    String typeName();

    /** This node as plain Java values: {@code Map}, {@code List}, {@code String}, {@code Number}, {@code Boolean}, {@code null}. */
    Object toPlain();
}
