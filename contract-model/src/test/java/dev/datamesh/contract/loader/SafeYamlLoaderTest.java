package dev.datamesh.contract.loader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.datamesh.contract.ContractLoader;
import dev.datamesh.contract.model.Contract;
import dev.datamesh.contract.model.SourceLocation;
import dev.datamesh.contract.validation.ValidatedResult;
import dev.datamesh.contract.validation.ValidationEvent;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

    @Test
    void readsAnEmptyValueAsNullAndQuotedEmptyAsString() {
        MapNode root = (MapNode) loader.load("a:\nb: ''\nc: ~\n", "n.yaml").unwrap();
        assertThat(((ScalarNode) root.get("a").orElseThrow()).isNull()).isTrue();
        assertThat(((ScalarNode) root.get("b").orElseThrow()).value()).isEqualTo("");
        assertThat(((ScalarNode) root.get("c").orElseThrow()).isNull()).isTrue();
    }

    @Test
    void reportsATabWhereItIs() {
        ValidationEvent event = only(loader.load("a: 1\nb:\n\t- x\n", "t.yaml"));
        assertThat(event.location()).isEqualTo(new SourceLocation("t.yaml", 3, 1));
        assertThat(event.message())
                .isEqualTo("Invalid YAML: a tab character where YAML allows only spaces (tabs cannot indent).");
        assertThat(event.hint()).isEqualTo("replace the tab characters at the start of this line with spaces.");
    }

    @Test
    void reportsAnUnclosedQuoteWhereItOpens() {
        ValidationEvent event = only(loader.load("a: 1\nb: \"open\nc: 3\n", "q.yaml"));
        assertThat(event.location()).isEqualTo(new SourceLocation("q.yaml", 2, 4));
        assertThat(event.message())
                .isEqualTo("Invalid YAML: found unexpected end of stream while scanning a quoted scalar.");
        assertThat(event.hint()).isEqualTo("close the quoted value that starts here with a matching quote.");
    }

    @Test
    void reportsTheFirstByteThatIsNoUtf8() {
        byte[] latin1 = "a: 1\nb: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        ValidationEvent event = only(loader.load(latin1, "l.yaml"));
        assertThat(event.location()).isEqualTo(new SourceLocation("l.yaml", 2, 7));
        assertThat(event.message()).isEqualTo("File is not valid UTF-8 text (byte 0xE9).");
    }

    @Test
    void pointsAtTheSeparatorOfASecondDocument() {
        ValidationEvent event = only(loader.load("a: 1\n---\n# second\nb: 2\n", "m.yaml"));
        assertThat(event.location()).isEqualTo(new SourceLocation("m.yaml", 2, 1));
    }

    @Test
    void rejectsA50MegabyteFileBeforeReadingIt(@TempDir Path dir) throws IOException {
        Path huge = dir.resolve("huge.odcs.yaml");
        byte[] line = "- name: column_with_a_long_name_to_fill_the_file\n".getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(huge), 1 << 16)) {
            out.write("apiVersion: v3.1.0\nschema:\n".getBytes(StandardCharsets.UTF_8));
            for (long written = 0; written < 50L * 1024 * 1024; written += line.length) {
                out.write(line);
            }
        }
        ValidatedResult<Contract> result = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> new ContractLoader().load(huge, "huge.odcs.yaml"));
        assertThat(result.result()).isEmpty();
        assertThat(result.events()).singleElement().satisfies(event -> {
            assertThat(event.ruleId()).isEqualTo(SafeYamlLoader.SIZE);
            assertThat(event.location()).isEqualTo(new SourceLocation("huge.odcs.yaml", 1, 1));
            assertThat(event.message()).isEqualTo("File is " + Files.size(huge)
                    + " bytes, more than the limit of 4194304 bytes.");
        });
    }

    private static ValidationEvent only(ValidatedResult<Node> result) {
        assertThat(result.result()).isEmpty();
        assertThat(result.events()).hasSize(1);
        return result.events().get(0);
    }
}
