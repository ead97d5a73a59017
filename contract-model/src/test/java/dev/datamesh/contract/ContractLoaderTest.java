package dev.datamesh.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datamesh.contract.loader.LoaderLimits;
import dev.datamesh.contract.model.Contract;
import dev.datamesh.contract.validation.OdcsSchemaValidator;
import dev.datamesh.contract.validation.Rule;
import dev.datamesh.contract.validation.RuleConfig;
import dev.datamesh.contract.validation.ValidatedResult;
import dev.datamesh.contract.validation.ValidationEvent;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContractLoaderTest {

    /** A semantic rule that reports every contract, to see whether the rules ran. */
    private static final Rule ALWAYS = new Rule() {
        @Override
        public String id() {
            return "TEST-ALWAYS";
        }

        @Override
        public List<ValidationEvent> validate(Contract contract) {
            return List.of(ValidationEvent.warning(id(), contract, "Rule ran.", ""));
        }
    };

    private final ContractLoader loader = new ContractLoader(LoaderLimits.DEFAULT, List.of(ALWAYS), RuleConfig.DEFAULT);

    @Test
    void contractOfAnotherOdcsGenerationGetsOnlyTheApiVersionError() {
        ValidatedResult<Contract> result = loader.load("apiVersion: v2.2.0\nkind: DataContract\ndataset: []\n",
                "v2.odcs.yaml");
        assertThat(result.result()).isPresent();
        assertThat(result.events()).extracting(ValidationEvent::ruleId)
                .containsExactly(OdcsSchemaValidator.API_VERSION);
    }

    @Test
    void semanticRulesRunAfterSchemaErrorsOfAV3Contract() {
        ValidatedResult<Contract> result = loader.load(
                "apiVersion: v3.1.0\nkind: DataContract\nid: x\nstatus: active\n", "v3.odcs.yaml");
        assertThat(result.events()).extracting(ValidationEvent::ruleId)
                .containsExactly(OdcsSchemaValidator.REQUIRED, "TEST-ALWAYS");
    }
}
