package com.acme.sales.lambda.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import org.duckdb.DuckDBConnection;

/**
 * The sales sample data (the CSV files under {@code sample-data/}) in an in-memory DuckDB, with the column types
 * of the contracts' Glue tables; a connection per query, all on the same database.
 */
public final class SampleDatabase implements AutoCloseable {

    /** Table, then its columns as DuckDB types (from the contracts' physical types). */
    static final Map<String, String> TABLES = tables();

    private final DuckDBConnection connection;

    private SampleDatabase(DuckDBConnection connection) {
        this.connection = connection;
    }

    private static Map<String, String> tables() {
        Map<String, String> tables = new LinkedHashMap<>();
        tables.put("stores", "store_id VARCHAR(5), store_name VARCHAR(120), store_format VARCHAR(16),"
                + " country_code VARCHAR(2), city VARCHAR(80), latitude DECIMAL(9,6), longitude DECIMAL(9,6),"
                + " selling_area_sqm INTEGER, opened_date DATE, closed_date DATE, is_active BOOLEAN,"
                + " updated_at TIMESTAMP");
        tables.put("products", "sku VARCHAR(10), product_name VARCHAR(200), brand VARCHAR(80), category VARCHAR(60),"
                + " subcategory VARCHAR(60), lifecycle_status VARCHAR(16), launch_date DATE, discontinued_date DATE,"
                + " is_private_label BOOLEAN, list_price DECIMAL(12,2), currency_code VARCHAR(3),"
                + " dimensions STRUCT(height_cm DECIMAL(7,2), width_cm DECIMAL(7,2), depth_cm DECIMAL(7,2),"
                + " weight_kg DECIMAL(8,3)), barcodes VARCHAR[],"
                + " pack_sizes STRUCT(pack_type VARCHAR, units_per_pack INTEGER, pack_gtin VARCHAR)[],"
                + " attributes MAP(VARCHAR, VARCHAR), updated_at TIMESTAMP");
        tables.put("store_inventory_snapshots", "snapshot_date DATE, store_id VARCHAR(5), sku VARCHAR(10),"
                + " on_hand_qty INTEGER, in_transit_qty INTEGER, reorder_point INTEGER, safety_stock INTEGER,"
                + " unit_cost DECIMAL(12,4), stock_value DECIMAL(14,2), currency_code VARCHAR(3),"
                + " is_out_of_stock BOOLEAN, last_received_date DATE, snapshot_taken_at TIMESTAMP");
        tables.put("pos_transactions", "sale_date DATE, transaction_id VARCHAR(32), line_number INTEGER,"
                + " sold_at TIMESTAMP, store_id VARCHAR(5), sku VARCHAR(10), quantity INTEGER,"
                + " unit_price DECIMAL(12,2), discount_amount DECIMAL(12,2), net_amount DECIMAL(12,2),"
                + " tax_amount DECIMAL(12,2), currency_code VARCHAR(3), payment_method VARCHAR(16),"
                + " promotion_id VARCHAR(12), customer_loyalty_id VARCHAR(20), ingested_at TIMESTAMP");
        return tables;
    }

    /** Loads every table from the class path's {@code sample-data/<table>.csv}. */
    public static SampleDatabase load() throws SQLException {
        DuckDBConnection connection = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:");
        try {
            Path directory = Files.createTempDirectory("sales-sample-data");
            try (Statement statement = connection.createStatement()) {
                for (Map.Entry<String, String> table : TABLES.entrySet()) {
                    Path csv = directory.resolve(table.getKey() + ".csv");
                    try (InputStream in = SampleDatabase.class.getResourceAsStream("/sample-data/" + csv.getFileName())) {
                        if (in == null) {
                            throw new IllegalStateException("sample-data/" + csv.getFileName() + " is not on the class path");
                        }
                        Files.copy(in, csv, StandardCopyOption.REPLACE_EXISTING);
                    }
                    statement.execute("CREATE TABLE " + table.getKey() + " (" + table.getValue() + ")");
                    statement.execute("INSERT INTO " + table.getKey() + " SELECT " + casts(table.getValue())
                            + " FROM read_csv('" + csv + "', header = true, all_varchar = true)");
                    Files.delete(csv);
                }
            }
            Files.delete(directory);
        } catch (IOException e) {
            connection.close();
            throw new UncheckedIOException(e);
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
        return new SampleDatabase(connection);
    }

    /** Each CSV column cast to its type; nested ones (STRUCT, LIST, MAP) are JSON text in the file. */
    private static String casts(String columns) {
        StringBuilder select = new StringBuilder();
        int depth = 0;
        int start = 0;
        for (int i = 0; i <= columns.length(); i++) {
            char c = i < columns.length() ? columns.charAt(i) : ',';
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == ',' && depth == 0) {
                String column = columns.substring(start, i).trim();
                int space = column.indexOf(' ');
                String name = column.substring(0, space);
                String type = column.substring(space + 1);
                boolean nested = type.startsWith("STRUCT") || type.startsWith("MAP") || type.endsWith("[]");
                select.append(select.length() == 0 ? "" : ", ")
                        .append(nested ? "CAST(CAST(" + name + " AS JSON) AS " + type + ")"
                                : "CAST(" + name + " AS " + type + ")");
                start = i + 1;
            }
        }
        return select.toString();
    }

    /** A new connection to the same database, for one query. */
    public Connection open() throws SQLException {
        return connection.duplicate();
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
