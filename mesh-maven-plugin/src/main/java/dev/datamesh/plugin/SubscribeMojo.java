package dev.datamesh.plugin;

import dev.datamesh.plugin.core.InvalidConfigurationException;
import dev.datamesh.plugin.core.SubscriptionCommand;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Files a consumer's request for read access to a data product of the catalog, or to some of its tables, and prints
 * the request's id for the producer to approve or reject. Needs no project:
 * {@code mvn dev.datamesh:mesh-maven-plugin:subscribe -Dmesh.product=sales/pos-transactions
 * -Dmesh.principal=arn:aws:iam::210987654321:role/demand-planning-reader}. An unknown product or table is an error and
 * files nothing.
 */
@Mojo(name = "subscribe", threadSafe = true, requiresProject = false, aggregator = true)
public final class SubscribeMojo extends AbstractCatalogMojo {

    /** The product, {@code <domain>/<data product>} as its catalog page shows it. Example: {@code -Dmesh.product=sales/pos-transactions}. */
    @Parameter(property = SubscriptionCommand.PRODUCT_PROPERTY)
    private String product;

    /**
     * Who is to read: an IAM role ARN or a 12-digit account id (a whole consumer account).
     * Example: {@code -Dmesh.principal=arn:aws:iam::210987654321:role/demand-planning-reader}.
     */
    @Parameter(property = SubscriptionCommand.PRINCIPAL_PROPERTY)
    private String principal;

    /**
     * Some of the product's tables ({@code table} or {@code database.table}); default: the whole product.
     * Example: {@code -Dmesh.tables=pos_transactions}.
     */
    @Parameter(property = SubscriptionCommand.TABLES_PROPERTY)
    private List<String> tables;

    /** Why the access is needed, for the approvers. Example: {@code -Dmesh.reason="Weekly demand forecast"}. */
    @Parameter(property = SubscriptionCommand.REASON_PROPERTY)
    private String reason;

    /**
     * The id to file the request under, for scripts that refer to it later; default: a new id such as
     * {@code sub-3f9c2a7e41d0}. Example: {@code -Dmesh.request=sub-forecast-2026}.
     */
    @Parameter(property = SubscriptionCommand.REQUEST_PROPERTY)
    private String request;

    @Override
    protected String goal() {
        return "subscribe";
    }

    @Override
    protected void execute(SubscriptionCommand command) throws InvalidConfigurationException {
        command.subscribe(product, principal, tables, reason, request);
    }
}
