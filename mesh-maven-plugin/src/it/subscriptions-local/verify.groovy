// Eight builds (invoker.properties) on one local catalog: register, subscribe twice, list, approve, reject, a failed
// approval of the rejected request, register again.
def builds = new File(basedir, 'build.log').text.split(/(?m)^\[INFO\] Scanning for projects\.\.\.$/)
        .findAll { !it.isBlank() }*.readLines()
assert builds.size() == 8
([1, 2, 3, 4, 5, 6, 8]).each { assert builds[it - 1].contains('[INFO] BUILD SUCCESS') : "build $it failed" }
assert builds[6].contains('[INFO] BUILD FAILURE')

def catalog = new File(basedir, 'target/mesh-catalog').canonicalFile
def local = "local:${catalog.path}".toString()
def reader = 'arn:aws:iam::210987654321:role/demand-planning-reader'
def etl = 'arn:aws:iam::123456789012:role/orders-etl'
def consumer = 'arn:aws:iam::456789012345:role/marketing-analyst'

// 1: the roles become grants; the short name resolves through <principals>; restricted is not the reader's.
[
 "[INFO]   + grant ${etl} on tables tagged domain=sales, data_product=orders, classification in (public, restricted, unclassified)".toString(),
 '[INFO]       Permissions: + ALTER, DELETE, DESCRIBE, INSERT, SELECT',
 "[INFO]       For: role orders-etl (write) in src/main/contracts/orders.odcs.yaml".toString(),
 "[INFO]   + grant ${etl} on data location arn:aws:s3:::it-sales-lake/orders/orders".toString(),
 "[INFO]   + grant ${reader} on tables tagged domain=sales, data_product=orders, classification in (internal, public, unclassified)".toString(),
 '[INFO] Plan: 18 to create, 0 to update, 0 unchanged.',
].each { assert builds[0].contains(it) : "build 1 lacks '$it'" }

// 2, 3: the requests are filed and their ids printed.
assert builds[1].contains("[INFO] Filed subscription request sub-it-1: ${consumer} asks for read access to sales/orders (all tables) in ${local}.".toString())
assert builds[1].contains('[INFO] Request id: sub-it-1')
assert builds[2].contains("[INFO] Filed subscription request sub-it-2: 456789012345 asks for read access to sales/orders (sales_orders.orders) in ${local}.".toString())

// 4: both are pending; the grants so far are the roles'.
def listing = builds[3].dropWhile { !it.startsWith('[INFO] Subscription requests') }.takeWhile { !it.startsWith('[INFO] ---') }
assert listing[0] == '[INFO] Subscription requests of sales/orders (pending):'
assert listing[1] ==~ /\[INFO\]   sub-it-1 PENDING arn:aws:iam::456789012345:role\/marketing-analyst on sales\/orders \(all tables\), requested by .+ at \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ: campaign-analysis/
assert listing[2] ==~ /\[INFO\]   sub-it-2 PENDING 456789012345 on sales\/orders \(sales_orders.orders\), requested by .+ at .+Z/
assert listing.contains('[INFO] Grants for sales/orders:')
assert listing.contains("[INFO]   ${reader}: DESCRIBE, SELECT on tables tagged domain=sales, data_product=orders, classification in (internal, public, unclassified)".toString())

// 5: approval grants read access as for a role, with the open classifications.
[
 "[INFO]   + grant ${consumer} on databases tagged domain=sales, data_product=orders".toString(),
 "[INFO]   + grant ${consumer} on tables tagged domain=sales, data_product=orders, classification in (internal, public, unclassified)".toString(),
 '[INFO]       For: subscription sub-it-1',
 '[INFO] Plan: 2 to create, 0 to update, 0 unchanged.',
 "[INFO] Approved subscription request sub-it-1: ${consumer} reads sales/orders (all tables, classifications internal, public, unclassified); 2 changes applied.".toString(),
].each { assert builds[4].contains(it) : "build 5 lacks '$it'" }

// 6, 7: the rejection is recorded; approving it afterwards fails with the reason and the fix.
assert builds[5].contains('[INFO] Rejected subscription request sub-it-2 of 456789012345 for sales/orders: use-the-aggregates')
assert builds[6].any { it ==~ /\[ERROR\] Failed to execute goal .*:approve .*Subscription request sub-it-2 was rejected by .+ at .+Z \(use-the-aggregates\); it cannot be approved\./ }
assert builds[6].contains('[ERROR]   hint: ask the consumer to file a new request with mesh:subscribe.')

// 8: registering again changes nothing and keeps the approved subscription's grants.
assert builds[7].contains("[INFO]   = grant ${consumer} on tables tagged domain=sales, data_product=orders, classification in (internal, public, unclassified)".toString())
assert builds[7].contains('[INFO] Plan: 0 to create, 0 to update, 20 unchanged.')
assert !builds[7].any { it.startsWith('[INFO]   - grant') }

// The product page shows who sees what and the requests.
def page = new File(catalog, 'site/sales/orders.html').text
assert page.contains('<td class="principal">arn:aws:iam::123456789012:role/orders-etl<br><span class="muted">orders-etl</span>')
assert page.contains('<code>sales_orders.orders</code>: <span class="columns">order_id, amount</span> <span class="hidden">(hidden: customer_email)</span>')
assert page.contains('<td class="request">sub-it-1</td>')
assert page.contains('<td class="status">REJECTED</td>')
def request = new groovy.json.JsonSlurper().parse(new File(catalog, 'subscriptions/sub-it-1.json'))
assert request.Status == 'APPROVED'
assert request.Classifications == ['internal', 'public']
return true
