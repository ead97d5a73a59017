package dev.datamesh.contract.loader;

import dev.datamesh.contract.model.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A YAML sequence. */
public record ListNode(List<Node> items, SourceLocation location, int size) implements Node {

    public ListNode {
        items = List.copyOf(items);
        Objects.requireNonNull(location, "location == null");
    }

    public static ListNode of(List<Node> items, SourceLocation location) {
        int size = 1;
        for (Node item : items) {
            size += item.size();
        }
        return new ListNode(items, location, size);
    }

    @Override
    public String typeName() {
        return "list";
    }

    @Override
    public Object toPlain() {
        List<Object> plain = new ArrayList<>(items.size());
        for (Node item : items) {
            plain.add(item.toPlain());
        }
        return plain;
    }
}
