package dev.datamesh.plugin;

import dev.datamesh.plugin.core.InvalidConfigurationException;
import dev.datamesh.plugin.core.RegisterSettings;
import dev.datamesh.plugin.core.SubscriptionCommand;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Approves a pending subscription request, as the producer or the governance team: grants its principal read access
 * exactly as a contract role with the open classifications gets it (the same grants and column rules), prints the
 * plan of grants and marks the request approved. A request is approved once: approving it again, or concurrently,
 * grants nothing more; approving a rejected request is an error. Later registrations keep the grants.
 */
@Mojo(name = "approve", threadSafe = true, requiresProject = false, aggregator = true)
public final class ApproveMojo extends AbstractCatalogMojo {

    /** The request id that {@code subscribe} printed. Example: {@code -Dmesh.request=sub-3f9c2a7e41d0}. */
    @Parameter(property = SubscriptionCommand.REQUEST_PROPERTY)
    private String request;

    /** A note kept with the decision. Example: {@code -Dmesh.reason="Approved for the 2026 forecast"}. */
    @Parameter(property = SubscriptionCommand.REASON_PROPERTY)
    private String reason;

    /**
     * The column classifications the subscriber reads (unclassified columns always), as for a contract role that
     * lists none. Example: {@code -Dmesh.openClassifications=public,internal}.
     */
    @Parameter(property = RegisterSettings.OPEN_CLASSIFICATIONS_PROPERTY, defaultValue = "public,internal")
    private List<String> openClassifications;

    @Override
    protected String goal() {
        return "approve";
    }

    @Override
    protected void execute(SubscriptionCommand command) throws InvalidConfigurationException {
        command.approve(request, reason, openClassifications);
    }
}
