// Without a pom, the Avro schemas under ./schemas become ./src/main/contracts/pos_transaction.odcs.yaml; a second
// import refuses to replace it, one with mesh.overwrite replaces it, and validate reports the placeholders only.
def lines = new File(basedir, 'build.log').readLines()
def contract = new File(basedir, 'src/main/contracts/pos_transaction.odcs.yaml')
assert contract.isFile()
def text = contract.text
assert text.startsWith('# yaml-language-server: $schema=https://raw.githubusercontent.com/bitol-io/open-data-contract-standard/main/schema/odcs-json-schema-v3.1.0.json\napiVersion: v3.1.0\n')
assert text.contains('\nid: urn:datacontract:sales:pos_transaction\n')
assert text.contains('          pattern: ^(CASH|CARD)$\n')
assert !text.contains('\r')

assert lines.count('[INFO] Wrote src/main/contracts/pos_transaction.odcs.yaml (pos_transaction).') == 2
assert lines.contains('[INFO] Not a table: schemas/common/Address.avsc defines com.acme.common.Address, which other schemas use; it is part of their tables.')
assert lines.contains('[INFO] Imported 1 table into 1 contract (status draft, version 0.1.0).')
assert lines.contains('[WARNING] Replace the 5 values marked TODO(mesh-import) (owner, purpose, service levels); mesh:validate reports each as ODCS-PLACEHOLDER until then.')
assert lines.contains('[ERROR] Failed to execute goal dev.datamesh:mesh-maven-plugin:0.1.0-SNAPSHOT:import (default-cli) on project standalone-pom: The contract src/main/contracts/pos_transaction.odcs.yaml exists already; mesh:import does not replace contracts.')
assert lines.contains('[ERROR]   hint: move or delete it, or run again with -Dmesh.overwrite=true to replace it.')

assert lines.contains("[WARNING] src/main/contracts/pos_transaction.odcs.yaml:13:9: warning [ODCS-PLACEHOLDER] 'team.name' is a placeholder left by mesh:import: the team that owns this data product.")
assert lines.any { it ==~ /\[INFO\] Validated 1 contract in \d+\.\d{3} s: 0 errors, 5 warnings, 0 notes\./ }
return true
