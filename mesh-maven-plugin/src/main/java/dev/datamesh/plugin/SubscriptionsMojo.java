package dev.datamesh.plugin;

import dev.datamesh.plugin.core.InvalidConfigurationException;
import dev.datamesh.plugin.core.SubscriptionCommand;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Lists the subscription requests of a data product (or of every product) with their status and decisions, and the
 * Lake Formation grants the catalog holds for the product.
 */
@Mojo(name = "subscriptions", threadSafe = true, requiresProject = false, aggregator = true)
public final class SubscriptionsMojo extends AbstractCatalogMojo {

    /**
     * The product, {@code <domain>/<data product>}; default: the requests of every product (and no grants).
     * Example: {@code -Dmesh.product=sales/pos-transactions}.
     */
    @Parameter(property = SubscriptionCommand.PRODUCT_PROPERTY)
    private String product;

    /**
     * Only requests of these statuses: {@code pending}, {@code approved}, {@code rejected}; default: all.
     * Example: {@code -Dmesh.status=pending}.
     */
    @Parameter(property = SubscriptionCommand.STATUS_PROPERTY)
    private List<String> status;

    @Override
    protected String goal() {
        return "subscriptions";
    }

    @Override
    protected void execute(SubscriptionCommand command) throws InvalidConfigurationException {
        command.list(product, status);
    }
}
