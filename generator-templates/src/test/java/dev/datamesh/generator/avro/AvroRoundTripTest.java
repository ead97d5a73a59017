package dev.datamesh.generator.avro;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datamesh.contract.model.Contract;
import dev.datamesh.generator.GeneratedFile;
import dev.datamesh.generator.GeneratorOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.avro.Conversions;
import org.apache.avro.Schema;
import org.apache.avro.data.TimeConversions;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.generic.GenericRecordBuilder;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Writes records of every type with a generated schema (as parsed from its file) and reads them back: the schemas
 * are usable by Avro's own encoders and logical-type conversions, not just parseable.
 */
class AvroRoundTripTest {

    private static final Instant SOLD_AT = Instant.parse("2026-03-14T09:26:53.589793Z");

    private final GenericData model = model();

    @ParameterizedTest
    @ValueSource(strings = {"micros", "millis"})
    void recordWithEveryTypeReadsBackEqual(String precision) throws IOException {
        Schema schema = posTransactions(precision);
        Schema payment = schema.getField("payment").schema().getTypes().get(1);
        Schema card = payment.getField("card").schema().getTypes().get(1);
        Schema line = schema.getField("lines").schema().getElementType();
        Instant soldAt = precision.equals("millis") ? SOLD_AT.truncatedTo(ChronoUnit.MILLIS) : SOLD_AT;
        UUID id = UUID.fromString("3f2504e0-4f89-11d3-9a0c-0305e82c3301");

        GenericRecord written = new GenericRecordBuilder(schema)
                .set("transaction_id", id)
                .set("sale_date", LocalDate.of(2026, 3, 14))
                .set("store_id", "DE-0042")
                .set("register_no", 7)
                .set("sold_at", soldAt)
                .set("opening_time", LocalTime.of(7, 30, 15, 250_000_000))
                .set("line_count", 2)
                .set("loyalty_card_no", 9_876_543_210_123L)
                .set("total_amount", new BigDecimal("1234567890.12"))
                .set("tax_amount", new BigDecimal("-0.05"))
                .set("fx_rate_to_eur", new BigDecimal("1.083421"))
                .set("discount_rate", 0.125)
                .set("basket_weight_kg", 3.5f)
                .set("is_return", false)
                .set("payment", new GenericRecordBuilder(payment)
                        .set("method", "card")
                        .set("card", new GenericRecordBuilder(card).set("scheme", "visa").set("last4", "4242").build())
                        .build())
                .set("lines", List.of(
                        new GenericRecordBuilder(line).set("line_no", 1).set("gtin", "4006381333931")
                                .set("quantity", new BigDecimal("1.000")).set("unit_price", new BigDecimal("9.99"))
                                .set("promotion_ids", Arrays.asList("P-1", null)).build(),
                        new GenericRecordBuilder(line).set("line_no", 2).set("gtin", "5000112637922")
                                .set("quantity", new BigDecimal("0.456")).set("unit_price", new BigDecimal("12.50"))
                                .build()))
                .set("attributes", Map.of("till_sw", "4.2.1", "lane", "express"))
                .set("_24h_store", true)
                .build();

        GenericRecord read = roundTrip(schema, written);

        assertThat(read.get("transaction_id")).isEqualTo(id);
        assertThat(read.get("sale_date")).isEqualTo(LocalDate.of(2026, 3, 14));
        assertThat(read.get("store_id")).hasToString("DE-0042");
        assertThat(read.get("register_no")).isEqualTo(7);
        assertThat(read.get("sold_at")).isEqualTo(soldAt);
        assertThat(read.get("opening_time")).isEqualTo(LocalTime.of(7, 30, 15, 250_000_000));
        assertThat(read.get("line_count")).isEqualTo(2);
        assertThat(read.get("loyalty_card_no")).isEqualTo(9_876_543_210_123L);
        assertThat(read.get("total_amount")).isEqualTo(new BigDecimal("1234567890.12"));
        assertThat(read.get("tax_amount")).isEqualTo(new BigDecimal("-0.05"));
        assertThat(read.get("fx_rate_to_eur")).isEqualTo(new BigDecimal("1.083421"));
        assertThat(read.get("discount_rate")).isEqualTo(0.125);
        assertThat(read.get("basket_weight_kg")).isEqualTo(3.5f);
        assertThat(read.get("is_return")).isEqualTo(false);
        GenericRecord readPayment = (GenericRecord) read.get("payment");
        assertThat(readPayment.get("method")).hasToString("card");
        assertThat(((GenericRecord) readPayment.get("card")).get("last4")).hasToString("4242");
        List<?> lines = (List<?>) read.get("lines");
        assertThat(lines).hasSize(2);
        GenericRecord first = (GenericRecord) lines.get(0);
        assertThat(first.get("gtin")).hasToString("4006381333931");
        assertThat(first.get("quantity")).isEqualTo(new BigDecimal("1.000"));
        assertThat(first.get("unit_price")).isEqualTo(new BigDecimal("9.99"));
        assertThat((List<?>) first.get("promotion_ids")).extracting(v -> v == null ? null : v.toString())
                .containsExactly("P-1", null);
        assertThat(((GenericRecord) lines.get(1)).get("promotion_ids")).isNull();
        Map<?, ?> attributes = (Map<?, ?>) read.get("attributes");
        assertThat(attributes).hasSize(2);
        attributes.forEach((k, v) -> assertThat(Map.of("till_sw", "4.2.1", "lane", "express"))
                .containsEntry(k.toString(), v.toString()));
        assertThat(read.get("_24h_store")).isEqualTo(true);
    }

    @Test
    void optionalFieldsLeftUnsetReadBackAsNull() throws IOException {
        Schema schema = posTransactions("micros");
        GenericRecord written = new GenericRecordBuilder(schema)
                .set("transaction_id", UUID.randomUUID())
                .set("sale_date", LocalDate.of(2026, 1, 1))
                .set("store_id", "FR-0001")
                .set("sold_at", SOLD_AT)
                .set("line_count", 0)
                .set("total_amount", new BigDecimal("0.00"))
                .set("is_return", true)
                .set("lines", List.of())
                .build();
        GenericRecord read = roundTrip(schema, written);
        for (String optional : List.of("register_no", "opening_time", "loyalty_card_no", "tax_amount",
                "fx_rate_to_eur", "discount_rate", "basket_weight_kg", "payment", "attributes", "_24h_store")) {
            assertThat(read.get(optional)).as(optional).isNull();
        }
        assertThat(read.get("total_amount")).isEqualTo(new BigDecimal("0.00"));
        assertThat((List<?>) read.get("lines")).isEmpty();
    }

    /** The {@code PosTransactions} schema of the sales test contract, parsed from the generated file. */
    private static Schema posTransactions(String precision) {
        Contract contract = AvroTestContracts.load(Path.of("src/test/resources/contracts/avro/cpg-sales.odcs.yaml"))
                .result().orElseThrow();
        GeneratorOptions options = GeneratorOptions.of(Map.of(AvroSchemaGenerator.TIMESTAMP_PRECISION, precision));
        GeneratedFile file = new AvroSchemaGenerator().generate(contract, options).get(0);
        assertThat(file.path()).isEqualTo("avro/pos-transactions/PosTransactions.avsc");
        return new Schema.Parser().parse(file.content());
    }

    private GenericRecord roundTrip(Schema schema, GenericRecord record) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
        new GenericDatumWriter<GenericRecord>(schema, model).write(record, encoder);
        encoder.flush();
        GenericDatumReader<GenericRecord> reader = new GenericDatumReader<>(schema, schema, model);
        return reader.read(null, DecoderFactory.get().binaryDecoder(out.toByteArray(), null));
    }

    private static GenericData model() {
        GenericData model = new GenericData();
        model.addLogicalTypeConversion(new Conversions.DecimalConversion());
        model.addLogicalTypeConversion(new Conversions.UUIDConversion());
        model.addLogicalTypeConversion(new TimeConversions.DateConversion());
        model.addLogicalTypeConversion(new TimeConversions.TimeMillisConversion());
        model.addLogicalTypeConversion(new TimeConversions.TimestampMicrosConversion());
        model.addLogicalTypeConversion(new TimeConversions.TimestampMillisConversion());
        return model;
    }
}
