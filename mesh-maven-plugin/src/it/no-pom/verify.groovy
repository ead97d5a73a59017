// Without a pom, paths are relative to the current directory, an explicitly named file is read whatever its
// name, and reports go to ./target/mesh-reports.
def lines = new File(basedir, 'build.log').readLines()
assert lines.contains("[WARNING] extra/stores.yaml:27:15: warning [ODCS-LOGICAL-TYPE-MISSING] Property 'stores.stores_label' has no logicalType; it is read as a string.")
assert lines.any { it ==~ /\[INFO\] Validated 2 contracts in \d+\.\d{3} s: 0 errors, 1 warning, 0 notes\./ }
assert lines.contains('[INFO] Reports: target/mesh-reports/validation.json, target/mesh-reports/TEST-mesh-validate.xml')
assert lines.any { it.contains('Building Maven Stub Project (No POM)') }

def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/mesh-reports/validation.json'))
assert json.contracts*.file == ['contracts/orders.odcs.yaml', 'extra/stores.yaml']
assert json.summary == [contracts: 2, errors: 0, warnings: 1, notes: 0]
assert new File(basedir, 'target/mesh-reports/TEST-mesh-validate.xml').text.contains('<system-out>')
return true
