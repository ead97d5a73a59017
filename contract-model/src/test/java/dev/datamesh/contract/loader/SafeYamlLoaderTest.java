package dev.datamesh.contract.loader;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datamesh.contract.model.SourceLocation;
import dev.datamesh.contract.validation.ValidatedResult;
import dev.datamesh.contract.validation.ValidationEvent;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SafeYamlLoaderTest {

    private final SafeYamlLoader loader = new SafeYamlLoader();

    @Test
    void keepsLineAndColumnOfKeysAndValues() {
        MapNode root = (MapNode) loader.load("a: 1\nb:\n  - x: \"y\"\n    z: true\n", "f.yaml").unwrap();
        assertThat(root.keyLocation("a")).isEqualTo(new SourceLocation("f.yaml", 1, 1));
        assertThat(root.valueLocation("a")).isEqualTo(new SourceLocation("f.yaml", 1, 4));
        ListNode list = (ListNode) root.get("b").orElseThrow();
        MapNode item = (MapNode) list.items().get(0);
        assertThat(item.keyLocation("z")).isEqualTo(new SourceLocation("f.yaml", 4, 5));
        assertThat(item.valueLocation("x")).isEqualTo(new SourceLocation("f.yaml", 3, 8));
        assertThat(((ScalarNode) item.get("z").orElseThrow()).value()).isEqualTo(Boolean.TRUE);
    }

    @Test
    void rejectsDuplicateKeysAtTheSecondKey() {
        ValidationEvent event = only(loader.load("a: 1\nb: 2\na: 3\n", "d.yaml"));
        assertThat(event.ruleId()).isEqualTo(SafeYamlLoader.DUPLICATE_KEY);
        assertThat(event.location()).isEqualTo(new SourceLocation("d.yaml", 3, 1));
        assertThat(event.message()).isEqualTo("Duplicate key 'a' (first defined at line 1).");
    }

    @Test
    void expandsAliasesAndMergeKeys() {
        MapNode root = (MapNode) loader.load("base: &b {x: 1, y: 2}\nc:\n  <<: *b\n  y: 3\nd: *b\n", "m.yaml")
                .unwrap();
        MapNode c = (MapNode) root.get("c").orElseThrow();
        assertThat(c.toPlain()).hasToString("{y=3, x=1}");
        assertThat(root.get("d").orElseThrow().toPlain()).hasToString("{x=1, y=2}");
    }

    @Test
    void stopsAnAliasBombFast() {
        StringBuilder yaml = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 10; i++) {
            yaml.append("a").append(i).append(": &a").append(i).append(" [");
            for (int j = 0; j < 9; j++) {
                yaml.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
            }
            yaml.append("]\n");
        }
        ValidationEvent event = only(loader.load(yaml.toString(), "bomb.yaml"));
        assertThat(event.ruleId()).isEqualTo(SafeYamlLoader.ALIAS);
    }

    @Test
    void rejectsCustomTags() {
        ValidationEvent event = only(loader.load("a: !!python/object:os.system [ls]\n", "t.yaml"));
        assertThat(event.ruleId()).isEqualTo(SafeYamlLoader.TAG);
        assertThat(event.location().line()).isEqualTo(1);
    }

    @Test
    void acceptsCoreTags() {
        MapNode root = (MapNode) loader.load("a: !!str 123\n", "t.yaml").unwrap();
        assertThat(((ScalarNode) root.get("a").orElseThrow()).value()).isEqualTo("123");
    }

    @Test
    void rejectsEmptyBinaryAndOversizedInput() {
        assertThat(only(loader.load("# only a comment\n", "e.yaml")).ruleId()).isEqualTo(SafeYamlLoader.EMPTY);
        assertThat(only(loader.load(new byte[] {'a', ':', ' ', 0, 1, 2}, "b.yaml")).ruleId())
                .isEqualTo(SafeYamlLoader.ENCODING);
        assertThat(only(loader.load(new byte[] {(byte) 0xC3, (byte) 0x28}, "u.yaml")).ruleId())
                .isEqualTo(SafeYamlLoader.ENCODING);
        SafeYamlLoader small = new SafeYamlLoader(new LoaderLimits(10, 64, 10, 1000));
        assertThat(only(small.load("a: 12345678901\n".getBytes(StandardCharsets.UTF_8), "big.yaml")).ruleId())
                .isEqualTo(SafeYamlLoader.SIZE);
    }

    @Test
    void rejectsDeepNesting() {
        String deep = "a: " + "[".repeat(100) + "]".repeat(100) + "\n";
        assertThat(only(loader.load(deep, "deep.yaml")).ruleId()).isEqualTo(SafeYamlLoader.DEPTH);
    }

    @Test
    void reportsSyntaxErrorsWithPosition() {
        ValidationEvent event = only(loader.load("a: [1, 2\nb: 3\n", "s.yaml"));
        assertThat(event.ruleId()).isEqualTo(SafeYamlLoader.SYNTAX);
        assertThat(event.location().line()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void rejectsSeveralDocuments() {
        assertThat(only(loader.load("a: 1\n---\nb: 2\n", "m.yaml")).ruleId())
                .isEqualTo(SafeYamlLoader.MULTI_DOCUMENT);
    }

    private static ValidationEvent only(ValidatedResult<Node> result) {
        assertThat(result.result()).isEmpty();
        assertThat(result.events()).hasSize(1);
        return result.events().get(0);
    }
}
