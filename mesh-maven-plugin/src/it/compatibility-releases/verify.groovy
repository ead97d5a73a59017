// Invocation 1 (1.0.0, installed): a first release. Invocation 2 (1.1.0, installed): compared with the installed
// 1.0.0 bundle, an added optional column passes. Invocation 3 (1.2.0): compared with 1.1.0, a removed column fails
// with its rule and the version the contract needs. build.log holds all three builds.
def lines = new File(basedir, 'build.log').readLines()
def first = lines.indexOf('[INFO] No released version of dev.datamesh.it:compatibility-releases below 1.0.0 in the Maven repositories: a first release, nothing to compare with.')
def second = lines.indexOf('[INFO] Baseline: dev.datamesh.it:compatibility-releases:1.0.0')
def third = lines.indexOf('[INFO] Baseline: dev.datamesh.it:compatibility-releases:1.1.0')
assert first >= 0 && first < second && second < third

assert lines[second + 1] == '[INFO] Compatibility of src/releases/1.1.0/orders.odcs.yaml with compatibility-releases-1.0.0-contracts.zip!/contracts/orders.odcs.yaml: passed'
assert lines[second + 2] == '[INFO] Version 1.0.0 -> 1.1.0, required 1.1.0 or higher: ok'
assert lines[second + 3] == '[INFO] Non-breaking changes (1):'
assert lines[second + 4] == "[INFO]   [COMPAT-PROPERTY-ADDED] orders.note: Optional property 'orders.note' was added."
assert lines.contains('[INFO] Compared 1 contract with dev.datamesh.it:compatibility-releases:1.0.0: 0 breaking (0 not accepted), 1 non-breaking, 0 patch-level; 0 removed, 0 added.')

def removed = "[ERROR] src/releases/1.2.0/orders.odcs.yaml:19:5: error [COMPAT-PROPERTY-REMOVED] Property 'orders.amount' was removed."
def version = '[ERROR] src/releases/1.2.0/orders.odcs.yaml:5:10: error [COMPAT-VERSION] Version 1.2.0 is lower than 2.0.0, which the breaking changes since 1.1.0 require.'
assert lines.indexOf(removed) > third
assert lines[lines.indexOf(removed) + 1] == "  hint: release a new major version ('version: 2.0.0'), or accept it on purpose with 'COMPAT-PROPERTY-REMOVED orders.amount'."
assert lines[lines.indexOf(version) + 1] == "  hint: set 'version: 2.0.0' (or higher)."
assert lines.contains("[INFO]   [API-COMPAT-FIELD-REMOVED] (openapi) orders.amount: GET /orders: response 200: field 'amount' was removed.")
assert lines.any { it.contains('Compatibility check against dev.datamesh.it:compatibility-releases:1.1.0 failed: 3 breaking changes not accepted, 1 contract version too low.') }
assert !lines.any { it.startsWith('\tat ') || it.startsWith('[ERROR] Unexpected') }

// 1.0.0 and 1.1.0 were installed with their bundles; the failed 1.2.0 was not.
def repo = new File(localRepositoryPath, 'dev/datamesh/it/compatibility-releases')
assert new File(repo, '1.0.0/compatibility-releases-1.0.0-contracts.zip').isFile()
assert new File(repo, '1.1.0/compatibility-releases-1.1.0-contracts.zip').isFile()
assert !new File(repo, '1.2.0').exists()

// The reports are those of the last build.
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/mesh-reports/compatibility.json'))
assert json.status == 'failed'
assert json.baseline == 'dev.datamesh.it:compatibility-releases:1.1.0'
assert json.summary == [contracts: 1, breaking: 3, failing: 3, nonBreaking: 0, patch: 0, versionsTooLow: 1]
assert json.contracts[0].requiredVersion == '2.0.0' && json.contracts[0].versionStatus == 'too-low'
assert json.contracts[0].changes*.rule == ['API-COMPAT-FIELD-REMOVED', 'API-COMPAT-FIELD-REMOVED', 'COMPAT-PROPERTY-REMOVED']

def xml = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new File(basedir, 'target/mesh-reports/TEST-mesh-compatibility.xml'))
assert xml.documentElement.getAttribute('name') == 'mesh-compatibility'
assert xml.documentElement.getAttribute('tests') == '4'
assert xml.documentElement.getAttribute('failures') == '4'
def changelog = new File(basedir, 'target/mesh-reports/CHANGELOG-contracts.md').text
assert changelog.contains('## urn:datacontract:sales:orders 1.2.0\n\nChanges since 1.1.0. They require version 2.0.0 or higher.\n')
assert changelog.contains("- `orders.amount`: Property 'orders.amount' was removed. (COMPAT-PROPERTY-REMOVED)\n")
return true
