// The build failed with each problem on its own line as file:line:column, the hint below it,
// a summary, a failure message naming the reports, no stack trace, and both reports written.
def log = new File(basedir, 'build.log').text
def lines = log.readLines()
def physical = "[ERROR] src/main/contracts/orders.odcs.yaml:30:23: error [ODCS-PHYSICAL-TYPE] physicalType 'int' of property 'orders.orders_label' contradicts logicalType 'string'."
def duplicate = "[ERROR] src/main/contracts/stores.odcs.yaml:5:1: error [ODCS-YAML-DUPLICATE-KEY] Duplicate key 'id' (first defined at line 3)."
assert lines.contains(physical)
assert lines[lines.indexOf(physical) + 1] == "  hint: make 'physicalType' a Glue type of the same kind as 'logicalType: string', or remove it."
assert lines.contains(duplicate)
assert lines[lines.indexOf(duplicate) + 1] == "  hint: remove one of the two 'id' keys; YAML keeps only one of them."
assert lines.indexOf(physical) < lines.indexOf(duplicate)
assert lines.any { it ==~ /\[INFO\] Validated 2 contracts in \d+\.\d{3} s: 2 errors, 0 warnings, 0 notes\./ }
assert log.contains('Contract validation failed: 2 errors in 2 contracts. Fix the problems listed above; reports are in target/mesh-reports.')
assert !lines.any { it.startsWith('\tat ') }

def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/mesh-reports/validation.json'))
assert json.status == 'failed'
assert json.summary == [contracts: 2, errors: 2, warnings: 0, notes: 0]
assert json.contracts[0].events == [[rule: 'ODCS-PHYSICAL-TYPE', severity: 'error', file: 'src/main/contracts/orders.odcs.yaml',
        line: 30, column: 23, message: "physicalType 'int' of property 'orders.orders_label' contradicts logicalType 'string'.",
        hint: "make 'physicalType' a Glue type of the same kind as 'logicalType: string', or remove it."]]
assert json.contracts[1].file == 'src/main/contracts/stores.odcs.yaml'
assert json.contracts[1].id == null && json.contracts[1].fingerprint == null
assert json.contracts[1].events*.rule == ['ODCS-YAML-DUPLICATE-KEY']

def xml = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new File(basedir, 'target/mesh-reports/TEST-mesh-validate.xml'))
assert xml.documentElement.getAttribute('tests') == '2'
assert xml.documentElement.getAttribute('failures') == '2'
def failures = xml.getElementsByTagName('failure')
assert failures.item(0).getAttribute('message') == physical.substring('[ERROR] '.length())
assert failures.item(1).getAttribute('message') == duplicate.substring('[ERROR] '.length())
return true
