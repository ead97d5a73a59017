package dev.datamesh.generator.etl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Python string literals read back as the exact text, and the writer keeps code on its own lines. */
class PythonWriterTest {

    private static final List<String> TEXTS = List.of(
            "plain",
            "it's \"quoted\" ''' and \"\"\"",
            "back\\slash at the end\\",
            "line\nbreaks\r\nand\ttabs\u000b\u000c",
            "nul \u0000 and del \u007f and esc \u001b",
            "Größe – 売上 – مرحبا",
            "\uD83D\uDE80 rocket outside the BMP",
            "bidi \u202e override \u2066 isolate \u200b zero width \u2028 line sep",
            "# --- BEGIN USER TRANSFORMATION (kept on regeneration) ---",
            "\\N{BULLET} \\x41 \\u0041 {braces} %s %(name)s");

    @Test
    void literalsReadBackExactlyInPython() {
        PythonWriter py = new PythonWriter();
        py.open("COLUMNS = [");
        TEXTS.forEach(t -> py.line(PythonWriter.literal(t) + ","));
        py.close("]");
        String script = py.toString();
        assertThat(script.chars().allMatch(c -> c == '\n' || c >= 0x20 && c < 0x7f)).as(script).isTrue();

        String program = script;
        JsonNode read = Python.constants(Map.of("texts", program)).get("texts").get("COLUMNS");
        List<String> texts = new ArrayList<>();
        read.forEach(n -> texts.add(n.textValue()));
        assertThat(texts).containsExactlyElementsOf(TEXTS);
    }

    @Test
    void indentationFollowsOpenAndClose() {
        PythonWriter py = new PythonWriter();
        py.open("def f():").open("return [").line("1,").close("]").dedent().blank().lines("x = 1\n\ny = 2\n");
        assertThat(py.toString()).isEqualTo("def f():\n    return [\n        1,\n    ]\n\nx = 1\n\ny = 2\n");
        assertThatThrownBy(() -> new PythonWriter().line("a\nb")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PythonWriter().dedent()).isInstanceOf(IllegalStateException.class);
    }
}
