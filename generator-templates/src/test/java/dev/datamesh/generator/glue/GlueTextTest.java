package dev.datamesh.generator.glue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GlueTextTest {

    private static final String ROCKET = "\uD83D\uDE80";

    @Test
    void commentIsOneLineOfAllowedCharacters() {
        assertThat(GlueText.comment(Optional.of("  first line\r\nsecond\rthird\nfourth\tcol \u0000\u001b\u007f end \n")))
                .contains("first line second third fourth\tcol \u007f end");
        assertThat(GlueText.comment(Optional.of("lone \uD800 surrogate \uFFFE\uFFFF kept " + ROCKET)))
                .contains("lone  surrogate  kept " + ROCKET);
        assertThat(GlueText.comment(Optional.of(" \n\u0001 "))).isEmpty();
        assertThat(GlueText.comment(Optional.empty())).isEmpty();
    }

    @Test
    void descriptionKeepsLineBreaks() {
        assertThat(GlueText.description(Optional.of("Line one.\r\nLine two.\n\u0007"))).contains("Line one.\r\nLine two.");
    }

    @Test
    void longCommentIsCutWithAnEllipsis() {
        String comment = GlueText.comment(Optional.of("x".repeat(300))).orElseThrow();
        assertThat(comment).hasSize(255).endsWith("x\u2026");
        assertThat(GlueText.comment(Optional.of("y".repeat(255)))).contains("y".repeat(255));
    }

    @Test
    void cutNeverSplitsASurrogatePair() {
        // The pair would straddle the cut at 254 chars (255 minus the ellipsis).
        String text = "a".repeat(253) + ROCKET + "tail";
        String comment = GlueText.comment(Optional.of(text)).orElseThrow();
        assertThat(comment).isEqualTo("a".repeat(253) + "\u2026");
        String fits = "a".repeat(252) + ROCKET + "tail";
        assertThat(GlueText.comment(Optional.of(fits))).contains("a".repeat(252) + ROCKET + "\u2026");
        for (int prefix = 240; prefix < 260; prefix++) {
            String cut = GlueText.truncate("b".repeat(prefix) + ROCKET.repeat(20), 255);
            assertThat(cut.length()).isLessThanOrEqualTo(255);
            assertThat(Character.isHighSurrogate(cut.charAt(cut.length() - 2))).as("prefix %d", prefix).isFalse();
            assertThat(cut.codePoints().noneMatch(cp -> cp >= 0xD800 && cp <= 0xDFFF)).isTrue();
        }
    }

    @Test
    void descriptionIsCutAt2048() {
        assertThat(GlueText.description(Optional.of("d".repeat(3000))).orElseThrow()).hasSize(2048);
        assertThat(GlueText.description(Optional.of("d".repeat(2000))).orElseThrow()).hasSize(2000);
    }

    @Test
    void utf8CutCountsBytesAndKeepsCodePointsWhole() {
        String text = "\u00e9".repeat(600);
        String cut = GlueText.truncateUtf8(text, 1024);
        assertThat(cut.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(1024);
        assertThat(cut).isEqualTo("\u00e9".repeat(510) + "\u2026");
        assertThat(GlueText.truncateUtf8("short", 1024)).isEqualTo("short");
        String rockets = GlueText.truncateUtf8(ROCKET.repeat(300), 1024);
        assertThat(rockets).isEqualTo(ROCKET.repeat(255) + "\u2026");
    }
}
