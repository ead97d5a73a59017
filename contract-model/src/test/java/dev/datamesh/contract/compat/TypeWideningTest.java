package dev.datamesh.contract.compat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datamesh.contract.loader.MapNode;
import dev.datamesh.contract.loader.SafeYamlLoader;
import dev.datamesh.contract.model.ContractReader;
import dev.datamesh.contract.types.DataType;
import dev.datamesh.contract.types.TypeResolver;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Safe widening of resolved Glue types, and what counts as a change. */
class TypeWideningTest {

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            integer/tinyint       | integer/smallint      | WIDENED
            integer/smallint      | integer/int           | WIDENED
            integer/tinyint       | integer/bigint        | WIDENED
            integer/int           | integer/bigint        | WIDENED
            integer/bigint        | integer/int           | CHANGED
            integer/int           | integer/integer       | SAME
            number/float          | number/double         | WIDENED
            number/double         | number/float          | CHANGED
            number/decimal(12,2)  | number/decimal(14,2)  | WIDENED
            number/decimal(12,2)  | number/DECIMAL(12, 2) | SAME
            number/decimal(12,2)  | number/decimal(10,2)  | CHANGED
            number/decimal(12,2)  | number/decimal(14,3)  | CHANGED
            number/decimal(12,2)  | number/double         | CHANGED
            integer/int           | number/decimal(38,0)  | CHANGED
            integer/int           | number/double         | CHANGED
            string/varchar(10)    | string/varchar(20)    | WIDENED
            string/varchar(10)    | string/varchar(5)     | CHANGED
            string/varchar(10)    | string/string         | WIDENED
            string/varchar(10)    | string/-              | WIDENED
            string/string         | string/varchar(10)    | CHANGED
            string/char(3)        | string/varchar(3)     | CHANGED
            string/char(3)        | string/string         | CHANGED
            string/-              | time/-                | CHANGED
            date/-                | timestamp/-           | CHANGED
            date/-                | date/-                | SAME
            string/-              | integer/-             | CHANGED
            """)
    void compares(String before, String after, TypeWidening.Result expected) {
        assertThat(TypeWidening.compare(type(before), type(after))).isEqualTo(expected);
    }

    /** {@code logicalType/physicalType}, {@code -} for no physicalType. */
    private static DataType type(String spec) {
        String[] parts = spec.split("/", 2);
        String yaml = "apiVersion: v3.1.0\nschema:\n  - name: t\n    properties:\n      - name: c\n"
                + "        logicalType: " + parts[0] + "\n"
                + (parts[1].equals("-") ? "" : "        physicalType: \"" + parts[1] + "\"\n");
        MapNode root = (MapNode) new SafeYamlLoader().load(yaml, "t.yaml").unwrap();
        return TypeResolver.resolve(ContractReader.read(root, "t.yaml").schema().get(0).properties().get(0)).type();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", textBlock = """
            ^(open|shipped|cancelled)$  => open;shipped;cancelled
            ^(?:A|B)$                   => A;B
            ^(one)$                     => one
            ^(a\\.b|c\\|d)$             => a.b;c|d
            """)
    void alternationsAreValueLists(String pattern, String values) {
        assertThat(AllowedValues.alternation(pattern)).contains(List.of(values.split(";")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"^[A-Z]{3}$", "(open|shipped)", "^(open|shipped)", "^(open|ship.*)$", "^(open||shipped)$",
        "^(a|(b|c))$", "^()$"})
    void otherPatternsAreNot(String pattern) {
        assertThat(AllowedValues.alternation(pattern)).isEmpty();
    }
}
