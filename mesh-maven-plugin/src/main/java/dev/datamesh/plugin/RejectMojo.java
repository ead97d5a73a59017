package dev.datamesh.plugin;

import dev.datamesh.plugin.core.InvalidConfigurationException;
import dev.datamesh.plugin.core.SubscriptionCommand;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Rejects a pending subscription request and records why; nothing is granted. Rejecting it again changes nothing;
 * an approved request cannot be rejected.
 */
@Mojo(name = "reject", threadSafe = true, requiresProject = false, aggregator = true)
public final class RejectMojo extends AbstractCatalogMojo {

    /** The request id that {@code subscribe} printed. Example: {@code -Dmesh.request=sub-3f9c2a7e41d0}. */
    @Parameter(property = SubscriptionCommand.REQUEST_PROPERTY)
    private String request;

    /** Why, for the consumer. Example: {@code -Dmesh.reason="Use the aggregated product instead"}. */
    @Parameter(property = SubscriptionCommand.REASON_PROPERTY)
    private String reason;

    @Override
    protected String goal() {
        return "reject";
    }

    @Override
    protected void execute(SubscriptionCommand command) throws InvalidConfigurationException {
        command.reject(request, reason);
    }
}
