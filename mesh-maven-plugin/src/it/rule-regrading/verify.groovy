// ODCS-LOGICAL-TYPE-MISSING (a warning by default) is an error here; ODCS-PHYSICAL-TYPE is ignored.
def log = new File(basedir, 'build.log').text
def lines = log.readLines()
assert lines.contains("[ERROR] src/main/contracts/stores.odcs.yaml:27:15: error [ODCS-LOGICAL-TYPE-MISSING] Property 'stores.stores_label' has no logicalType; it is read as a string.")
assert !log.contains('ODCS-PHYSICAL-TYPE')
assert lines.any { it ==~ /\[INFO\] Validated 2 contracts in \d+\.\d{3} s: 1 error, 0 warnings, 0 notes\./ }
assert log.contains('Contract validation failed: 1 error in 1 contract.')

def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/mesh-reports/validation.json'))
assert json.contracts*.events*.rule == [[], ['ODCS-LOGICAL-TYPE-MISSING']]
assert json.contracts[1].events[0].severity == 'error'
return true
