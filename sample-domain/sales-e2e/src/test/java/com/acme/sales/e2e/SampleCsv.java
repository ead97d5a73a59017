package com.acme.sales.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The producer's sample data as the files hold it ({@code sample-data/<table>.csv} from the sales-lambda tests jar,
 * RFC 4180, a header line), read independently of the SQL engine, with the values typed as the contract says: what
 * the API must answer, value for value. An empty field is null.
 */
final class SampleCsv {

    private SampleCsv() {}

    /** Every row of {@code table}, in file order, column name to text (null when empty). */
    static List<Map<String, String>> rows(String table) {
        String resource = "/sample-data/" + table + ".csv";
        try (InputStream in = SampleCsv.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the class path (the sales-lambda tests jar)");
            }
            List<List<String>> records = parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            List<String> header = records.get(0);
            List<Map<String, String>> rows = new ArrayList<>();
            for (List<String> record : records.subList(1, records.size())) {
                if (record.size() != header.size()) {
                    throw new IllegalStateException(resource + ": a record has " + record.size() + " fields, not "
                            + header.size() + ": " + record);
                }
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    row.put(header.get(i), record.get(i).isEmpty() ? null : record.get(i));
                }
                rows.add(Collections.unmodifiableMap(row));
            }
            return List.copyOf(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** RFC 4180: fields separated by commas, quoted with double quotes (doubled inside), records by line breaks. */
    private static List<List<String>> parse(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (field.length() > 0 || !record.isEmpty()) {
            record.add(field.toString());
            records.add(record);
        }
        return records;
    }

    static BigDecimal decimal(String text) {
        return text == null ? null : new BigDecimal(text);
    }

    static Integer integer(String text) {
        return text == null ? null : Integer.valueOf(text);
    }

    static Boolean bool(String text) {
        return text == null ? null : Boolean.valueOf(text);
    }

    static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }

    /** A contract {@code timestamp}: UTC without an offset in the file, {@code yyyy-MM-dd HH:mm:ss[.ffffff]}. */
    static OffsetDateTime timestamp(String text) {
        return text == null ? null : LocalDateTime.parse(text.replace(' ', 'T')).atOffset(ZoneOffset.UTC);
    }
}
