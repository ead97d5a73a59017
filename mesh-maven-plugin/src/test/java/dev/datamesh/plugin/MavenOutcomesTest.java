package dev.datamesh.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.datamesh.catalog.ApplyException;
import dev.datamesh.catalog.CatalogException;
import dev.datamesh.catalog.ResourceKind;
import dev.datamesh.catalog.model.GlueObject;
import dev.datamesh.catalog.plan.ActionType;
import dev.datamesh.catalog.plan.Operation;
import dev.datamesh.catalog.plan.PlannedAction;
import dev.datamesh.plugin.core.InvalidConfigurationException;
import dev.datamesh.plugin.core.InvalidContractsException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MavenOutcomesTest {

    @AfterEach
    void clearInterrupt() {
        Thread.interrupted();
    }

    @Test
    void success() throws Exception {
        boolean[] ran = {false};

        MavenOutcomes.run("validate", () -> ran[0] = true);

        assertThat(ran[0]).isTrue();
    }

    @Test
    void userProblemsFailTheBuildWithTheirMessageAndNoCause() {
        assertThatThrownBy(() -> MavenOutcomes.run("validate", () -> {
            throw new InvalidContractsException("Contract validation failed: 1 error in 1 contract.");
        }))
                .isExactlyInstanceOf(MojoFailureException.class)
                .hasMessage("Contract validation failed: 1 error in 1 contract.")
                .hasNoCause();
        assertThatThrownBy(() -> MavenOutcomes.run("validate", () -> {
            throw new InvalidConfigurationException("<x>", "y", "Bad <x>.");
        }))
                .isExactlyInstanceOf(MojoFailureException.class)
                .hasMessage("Bad <x>.")
                .hasNoCause();
    }

    @Test
    void fileProblemsAreExecutionFailuresWithTheirCause() {
        NoSuchFileException missing = new NoSuchFileException("/x/target");
        assertThatThrownBy(() -> MavenOutcomes.run("validate", () -> {
            throw missing;
        }))
                .isExactlyInstanceOf(MojoExecutionException.class)
                .hasMessage("mesh:validate could not read or write a file: NoSuchFileException: /x/target")
                .hasCause(missing);
        assertThatThrownBy(() -> MavenOutcomes.run("generate", () -> {
            throw new UncheckedIOException(new IOException("disk full"));
        }))
                .isExactlyInstanceOf(MojoExecutionException.class)
                .hasMessage("mesh:generate could not read or write a file: IOException: disk full");
    }

    @Test
    void bugsAreUnexpectedFailuresWithTheirCause() {
        IllegalStateException bug = new IllegalStateException("boom");
        assertThatThrownBy(() -> MavenOutcomes.run("validate", () -> {
            throw bug;
        }))
                .isExactlyInstanceOf(MojoExecutionException.class)
                .hasMessage("Unexpected failure in mesh:validate: IllegalStateException: boom")
                .hasCause(bug);
        assertThatThrownBy(() -> MavenOutcomes.run("validate", () -> {
            throw new NullPointerException();
        }))
                .hasMessage("Unexpected failure in mesh:validate: java.lang.NullPointerException");
    }

    @Test
    void interruptionKeepsTheInterruptFlag() {
        assertThatThrownBy(() -> MavenOutcomes.run("validate", () -> {
            throw new InterruptedException();
        }))
                .isExactlyInstanceOf(MojoExecutionException.class)
                .hasMessage("mesh:validate was interrupted.");
        assertThat(Thread.currentThread().isInterrupted()).isTrue();
    }

    @Test
    void catalogFailuresSayWhatWhereTheFixAndWhetherARerunResumes() {
        PlannedAction create = new PlannedAction(ResourceKind.TABLE, "sales.orders", ActionType.CREATE, "", List.of(),
                List.of(new Operation.CreateTable("sales", GlueObject.empty().with("Name", "orders"))));
        ApplyException stopped = new ApplyException(create, 3, 9, new IllegalStateException("connection reset"));
        assertThatThrownBy(() -> MavenOutcomes.run("register", () -> {
            throw stopped;
        }))
                .isExactlyInstanceOf(MojoFailureException.class)
                .hasMessage("""
                        Registration stopped at create of table sales.orders (3 of 9 changes applied): connection reset
                          resource: table sales.orders
                          hint: Run register again: it reads the catalog afresh and resumes with the 6 remaining \
                        changes, without repeating the applied ones.
                          re-run: mesh:register resumes where this run stopped; it plans again from what the \
                        catalog holds.""")
                .hasCause(stopped);
        CatalogException corrupt = new CatalogException("Catalog file tables/sales/orders.json is not valid JSON.",
                null, "restore the file or delete it.", false);
        assertThatThrownBy(() -> MavenOutcomes.run("register", () -> {
            throw corrupt;
        }))
                .isExactlyInstanceOf(MojoFailureException.class)
                .hasMessage("""
                        Catalog file tables/sales/orders.json is not valid JSON.
                          hint: restore the file or delete it.
                          re-run: mesh:register fails the same way until this is fixed.""")
                .hasCause(corrupt);
    }
}
