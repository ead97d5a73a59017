package dev.datamesh.contract.compat;

/** Which comparison found a change: the contracts themselves, or the Avro schemas or OpenAPI specs made from them. */
public enum ChangeSource {
    CONTRACT,
    AVRO,
    OPENAPI
}
