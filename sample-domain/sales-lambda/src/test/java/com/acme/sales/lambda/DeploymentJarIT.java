package com.acme.sales.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;

/** The shaded deployment jar: small, with the handlers and their runtime, without test or local-only code. */
class DeploymentJarIT {

    static final long MAX_BYTES = 20L * 1024 * 1024;

    @Test
    void isSmallAndHoldsOnlyWhatTheFunctionNeeds() throws IOException {
        Path jar = Path.of(System.getProperty("deployment.jar"));
        assertThat(jar).isRegularFile();
        assertThat(Files.size(jar)).as("size of %s", jar).isLessThan(MAX_BYTES);

        try (JarFile file = new JarFile(jar.toFile())) {
            List<String> names = file.stream().map(ZipEntry::getName).toList();
            assertThat(names).contains(
                    "com/acme/sales/api/pos_transactions/PosTransactionsHandler.class",
                    "com/acme/sales/api/product_master/ProductMasterHandler.class",
                    "com/acme/sales/api/store_inventory/StoreInventoryHandler.class",
                    "com/acme/sales/api/store_master/StoreMasterHandler.class",
                    "com/amazonaws/services/lambda/runtime/events/APIGatewayV2HTTPEvent.class",
                    "software/amazon/awssdk/services/athena/AthenaClient.class",
                    "software/amazon/awssdk/http/urlconnection/UrlConnectionHttpClient.class",
                    "com/fasterxml/jackson/core/JsonFactory.class");
            assertThat(names).noneMatch(n -> n.startsWith("org/duckdb/") || n.startsWith("io/netty/")
                    || n.startsWith("org/apache/http/") || n.startsWith("software/amazon/awssdk/crt/")
                    || n.startsWith("com/fasterxml/jackson/databind/") || n.startsWith("org/joda/")
                    || n.startsWith("com/acme/sales/lambda/") || n.startsWith("sample-data/"));
        }
    }
}
