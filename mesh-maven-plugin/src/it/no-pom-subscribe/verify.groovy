// Without a pom, subscribe and subscriptions work on a catalog directory relative to the current directory; an
// unknown table is an error that files nothing.
def builds = new File(basedir, 'build.log').text.split(/(?m)^\[INFO\] Scanning for projects\.\.\.$/)
        .findAll { !it.isBlank() }*.readLines()
assert builds.size() == 3
builds.each { assert it.any { l -> l.contains('Building Maven Stub Project (No POM)') } }
assert builds[0].contains('[INFO] BUILD FAILURE')
assert builds[0].any { it ==~ /\[ERROR\] Failed to execute goal .*:subscribe .*Data product sales\/orders has no table 'returns'\./ }
assert builds[0].contains('[ERROR]   hint: set -Dmesh.tables to tables of the product (sales_orders.orders), as <table> or <database>.<table>, or leave it out to ask for the whole product.')

def id = builds[1].find { it.startsWith('[INFO] Request id: ') }?.substring('[INFO] Request id: '.length())
assert id ==~ /sub-[0-9a-f]{12}/
def requests = new File(basedir, 'catalog/subscriptions').listFiles()*.name
assert requests == ["${id}.json".toString()] : "build 1 filed a request: $requests"

assert builds[2].contains('[INFO] Subscription requests:')
assert builds[2].any { it ==~ /\[INFO\]   ${id} PENDING 456789012345 on sales\/orders \(all tables\), requested by .+/ }
assert !builds[2].any { it.startsWith('[INFO] Grants') }
return true
