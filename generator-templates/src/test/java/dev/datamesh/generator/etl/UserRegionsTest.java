package dev.datamesh.generator.etl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.datamesh.contract.model.Contract;
import dev.datamesh.generator.GeneratedFile;
import dev.datamesh.generator.GeneratorOptions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The producer's transformation code survives regeneration; damaged markers stop it rather than lose code. */
class UserRegionsTest {

    private static final String FRESH = """
            def transform(spark, source_df, run_date):
                # --- BEGIN USER TRANSFORMATION (kept on regeneration) ---
                df = source_df
                # --- END USER TRANSFORMATION ---
                return df
            """;

    private static final String USER_CODE = """
                df = (source_df
                      .withColumnRenamed('till_no', 'register_no')

                      .filter("status = 'closed' -- END USER TRANSFORMATION")
                      )
            """;

    private final GlueEtlJobGenerator generator = new GlueEtlJobGenerator();

    @Test
    void theRegionBodyOfTheExistingFileReplacesTheGeneratedOne() {
        String existing = FRESH.replace("    df = source_df\n", USER_CODE);
        String regenerated = FRESH.replace("return df", "return df.distinct()");
        assertThat(UserRegions.merge(regenerated, existing))
                .isEqualTo(regenerated.replace("    df = source_df\n", USER_CODE));
    }

    @Test
    void markersMayBeReindentedAndLineBreaksMayBeWindowsOnes() {
        String existing = FRESH.replace("    df = source_df\n", USER_CODE)
                .replace("    # --- BEGIN", "  # --- BEGIN").replace("\n", "\r\n");
        assertThat(UserRegions.merge(FRESH, existing)).isEqualTo(FRESH.replace("    df = source_df\n", USER_CODE));
    }

    @Test
    void anEmptyRegionStaysEmpty() {
        String existing = FRESH.replace("    df = source_df\n", "");
        assertThat(UserRegions.merge(FRESH, existing)).isEqualTo(existing);
    }

    @Test
    void aMissingEndMarkerStopsTheMerge() {
        String existing = FRESH.replace("    # --- END USER TRANSFORMATION ---\n", "");
        assertThatThrownBy(() -> UserRegions.merge(FRESH, existing))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The existing file has no line '# --- END USER TRANSFORMATION ---', so its hand-written"
                        + " code between the markers cannot be kept.");
    }

    @Test
    void anEditedMarkerIsNamedByItsLine() {
        String existing = FRESH.replace("BEGIN USER TRANSFORMATION (kept on regeneration)", "BEGIN USER TRANSFORMATION");
        assertThatThrownBy(() -> UserRegions.merge(FRESH, existing))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The existing file has no line '# --- BEGIN USER TRANSFORMATION (kept on regeneration)"
                        + " ---'; line 2 looks like a damaged marker, so its hand-written code between the markers"
                        + " cannot be kept.");
    }

    @Test
    void duplicateAndSwappedMarkersStopTheMerge() {
        String twice = FRESH.replace("    return df", "    # --- BEGIN USER TRANSFORMATION (kept on regeneration) ---\n"
                + "    return df");
        assertThatThrownBy(() -> UserRegions.merge(FRESH, twice))
                .hasMessage("The existing file has the line '# --- BEGIN USER TRANSFORMATION (kept on regeneration)"
                        + " ---' more than once (lines 2, 5), so its hand-written code between the markers cannot be"
                        + " kept.");
        String swapped = """
                # --- END USER TRANSFORMATION ---
                df = source_df
                # --- BEGIN USER TRANSFORMATION (kept on regeneration) ---
                """;
        assertThatThrownBy(() -> UserRegions.merge(FRESH, swapped))
                .hasMessage("The existing file has the end marker (line 1) before the begin marker (line 3), so its"
                        + " hand-written code between the markers cannot be kept.");
        assertThatThrownBy(() -> UserRegions.merge(FRESH, ""))
                .hasMessage("The existing file has no line '# --- BEGIN USER TRANSFORMATION (kept on regeneration)"
                        + " ---' and has no line '# --- END USER TRANSFORMATION ---', so its hand-written code between"
                        + " the markers cannot be kept.");
    }

    @Test
    void theGeneratorMergesScriptsAndReplacesEverythingElse() {
        Contract v1 = EtlTestContracts.withProperties(Map.of("name", "a", "logicalType", "string"));
        Contract v2 = EtlTestContracts.withProperties(Map.of("name", "a", "logicalType", "string"),
                Map.of("name", "b", "logicalType", "integer", "required", true));
        String userCode = "    df = source_df.withColumn('b', F.lit(1))\n";
        String edited = file(v1, ".py").content().replace("    df = source_df\n", userCode);

        GeneratedFile script = file(v2, ".py");
        String merged = generator.mergeWithExisting(script, edited);
        assertThat(merged).isEqualTo(script.content().replace("    df = source_df\n", userCode))
                .contains("('b', 'bigint')");
        Python.assertCompiles(Map.of("merged", merged));

        GeneratedFile ruleset = file(v2, ".dqdl");
        assertThat(generator.mergeWithExisting(ruleset, "anything")).isEqualTo(ruleset.content());
    }

    private GeneratedFile file(Contract contract, String suffix) {
        List<GeneratedFile> files = generator.generate(contract, GeneratorOptions.DEFAULT);
        return files.stream().filter(f -> f.path().endsWith("/t" + suffix)).findFirst().orElseThrow();
    }
}
