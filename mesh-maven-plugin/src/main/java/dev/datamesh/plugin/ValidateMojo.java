package dev.datamesh.plugin;

import dev.datamesh.plugin.core.MeshConfiguration;
import dev.datamesh.plugin.core.MeshException;
import dev.datamesh.plugin.core.MeshLog;
import dev.datamesh.plugin.core.ValidateCommand;
import java.io.IOException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Validates the data contracts: parses them, checks them against the ODCS schema and the semantic rules, prints
 * each problem as {@code file:line:column: severity [RULE-ID] message} with a hint, and writes
 * {@code validation.json} and {@code TEST-mesh-validate.xml} to the reports directory. Fails on errors (and on
 * warnings with {@code mesh.failOnWarning}). Runs without a pom too:
 * {@code mvn dev.datamesh:mesh-maven-plugin:validate -Dmesh.contracts=path}.
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true, requiresProject = false)
public final class ValidateMojo extends AbstractMeshMojo {

    @Override
    protected String goal() {
        return "validate";
    }

    @Override
    protected void execute(MeshConfiguration configuration, MeshLog log)
            throws IOException, InterruptedException, MeshException {
        new ValidateCommand(configuration, log).run();
    }
}
