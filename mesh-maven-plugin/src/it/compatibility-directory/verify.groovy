// A folder of contracts is the baseline (<baseline>src/baseline</baseline>). A removed column is accepted on purpose
// by one <acceptedChange>, which also accepts what the OpenAPI check finds for it; the build passes, and the
// accepted change needs a minor version only.
def lines = new File(basedir, 'build.log').readLines()
def start = lines.indexOf('[INFO] Baseline: src/baseline')
assert start >= 0
assert lines.subList(start + 1, start + 15) == [
    '[INFO] Compatibility of src/main/contracts/orders.odcs.yaml with src/baseline/orders.odcs.yaml: passed',
    '[INFO] Version 1.0.0 -> 1.1.0, required 1.1.0 or higher: ok',
    '[INFO] Breaking changes (3):',
    "[INFO]   [API-COMPAT-FIELD-REMOVED] (openapi) orders.note: GET /orders/{order_id}: response 200: field 'note' was removed. (accepted explicitly)",
    '[INFO]       old src/baseline/orders.odcs.yaml:31:15, new src/main/contracts/orders.odcs.yaml:16:11',
    "[INFO]   [API-COMPAT-FIELD-REMOVED] (openapi) orders.note: GET /orders: response 200: field 'note' was removed. (accepted explicitly)",
    '[INFO]       old src/baseline/orders.odcs.yaml:31:15, new src/main/contracts/orders.odcs.yaml:16:11',
    "[INFO]   [COMPAT-PROPERTY-REMOVED] orders.note: Property 'orders.note' was removed. (accepted explicitly)",
    '[INFO]       old src/baseline/orders.odcs.yaml:31:15, new src/main/contracts/orders.odcs.yaml:19:5',
    '[INFO] Non-breaking changes (1):',
    "[INFO]   [COMPAT-PROPERTY-ADDED] orders.quantity: Optional property 'orders.quantity' was added.",
    '[INFO]       old src/baseline/orders.odcs.yaml:19:5, new src/main/contracts/orders.odcs.yaml:31:15',
    '[INFO] Compared 1 contract with src/baseline: 3 breaking (0 not accepted), 1 non-breaking, 0 patch-level; 0 removed, 0 added.',
    '[INFO] Reports: target/mesh-reports/compatibility.json, target/mesh-reports/TEST-mesh-compatibility.xml, target/mesh-reports/CHANGELOG-contracts.md']
assert !lines.any { it.startsWith('[ERROR]') }

def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/mesh-reports/compatibility.json'))
assert json.status == 'passed'
assert json.baseline == 'src/baseline'
assert json.contracts[0].changes*.acceptance == ['listed', 'listed', 'listed', 'none']
assert json.unusedAcceptedChanges == []

def xml = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new File(basedir, 'target/mesh-reports/TEST-mesh-compatibility.xml'))
assert xml.documentElement.getAttribute('tests') == '4'
assert xml.documentElement.getAttribute('failures') == '0'
assert new File(basedir, 'target/mesh-reports/CHANGELOG-contracts.md').text.contains(
        "- `orders.note`: Property 'orders.note' was removed. (COMPAT-PROPERTY-REMOVED) (accepted explicitly)\n")
return true
