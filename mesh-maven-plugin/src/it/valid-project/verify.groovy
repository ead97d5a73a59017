// The validate phase passed: a summary, no problem lines, both reports.
def lines = new File(basedir, 'build.log').readLines()
assert lines.any { it ==~ /\[INFO\] Validated 2 contracts in \d+\.\d{3} s: 0 errors, 0 warnings, 0 notes\./ }
assert lines.contains('[INFO] Reports: target/mesh-reports/validation.json, target/mesh-reports/TEST-mesh-validate.xml')
assert !lines.any { it.startsWith('[WARNING] src/') || it.startsWith('[ERROR]') }

def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/mesh-reports/validation.json'))
assert json.status == 'passed'
assert json.summary == [contracts: 2, errors: 0, warnings: 0, notes: 0]
assert json.contracts*.file == ['src/main/contracts/master/products.odcs.yml', 'src/main/contracts/orders.odcs.yaml']
assert json.contracts*.id == ['urn:datacontract:sales:products', 'urn:datacontract:sales:orders']
assert json.contracts.every { it.fingerprint ==~ /[0-9a-f]{64}/ && it.version == '1.0.0' && it.events == [] }

def xml = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new File(basedir, 'target/mesh-reports/TEST-mesh-validate.xml'))
def suite = xml.documentElement
assert suite.getAttribute('name') == 'mesh-validate'
assert suite.getAttribute('tests') == '2'
assert suite.getAttribute('failures') == '0'
assert xml.getElementsByTagName('failure').length == 0
return true
