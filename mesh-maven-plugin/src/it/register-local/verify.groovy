// Five builds (invoker.properties); builds 3-5 touched target/it-markers/<profile> before registering, so a catalog
// file older than a marker was not written by that build or any later one.
import java.nio.file.Files

def builds = new File(basedir, 'build.log').text.split(/(?m)^\[INFO\] Scanning for projects\.\.\.$/)
        .findAll { !it.isBlank() }*.readLines()
assert builds.size() == 5
(1..5).each { assert builds[it - 1].contains('[INFO] BUILD SUCCESS') : "build $it failed" }
(1..5).each { n -> assert !builds[n - 1].any { it.startsWith('[ERROR]') || it.startsWith('[WARNING] src/') ||
        it.startsWith('[WARNING] mesh.') } : "build $n printed a problem" }

def catalog = new File(basedir, 'target/mesh-catalog').canonicalFile
def planHeader = "[INFO] Plan for products sales/orders, sales/stores (catalog local:${catalog.path}):".toString()
def block = { int build -> def lines = builds[build - 1]; def start = lines.indexOf(planHeader)
    assert start >= 0 : "build $build has no plan"; lines.subList(start, lines.size()) }

// 1: dry run on an empty catalog: everything to create, nothing written (build 2 still creates everything).
def created = [
        planHeader,
        '[INFO]   + lf-tag classification',
        '[INFO]       TagValues: confidential, public, unclassified',
        '[INFO]   + lf-tag data_product',
        '[INFO]       TagValues: orders, stores',
        '[INFO]   + lf-tag domain',
        '[INFO]       TagValues: sales',
        '[INFO]   + database sales',
        '[INFO]   + database sales_orders',
        '[INFO]   + table sales.stores',
        '[INFO]   + table sales_orders.orders',
        '[INFO]   + schema registry sales',
        '[INFO]   + schema sales/sales.orders.Orders',
        '[INFO]   + schema sales/sales.stores.Stores',
        '[INFO]   + lf-tags on database sales',
        '[INFO]       data_product: + stores',
        '[INFO]       domain: + sales',
        '[INFO]   + lf-tags on database sales_orders',
        '[INFO]       data_product: + orders',
        '[INFO]       domain: + sales',
        '[INFO]   + lf-tags on table sales.stores',
        '[INFO]       classification: + unclassified',
        '[INFO]       data_product: + stores',
        '[INFO]       domain: + sales',
        '[INFO]   + lf-tags on table sales_orders.orders',
        '[INFO]       classification: + unclassified',
        '[INFO]       data_product: + orders',
        '[INFO]       domain: + sales',
        '[INFO]   + lf-tags on column sales_orders.orders.order_id',
        '[INFO]       classification: + public',
        '[INFO]   + lf-tags on column sales_orders.orders.customer_email',
        '[INFO]       classification: + confidential',
        '[INFO]   + data location arn:aws:s3:::it-sales-lake/orders/orders',
        '[INFO]       RoleArn: (the service-linked role)',
        '[INFO]   + product record sales/orders',
        '[INFO]   + product record sales/stores',
        '[INFO] Plan: 19 to create, 0 to update, 0 unchanged.',
]
assert block(1).subList(0, created.size()) == created : "build 1 plan: ${block(1).join('\n')}"
assert block(1)[created.size()] == '[INFO] Dry run: nothing was changed.'
assert !builds[0].any { it.startsWith('[INFO] Catalog: ') } : 'build 1 printed a catalog page'

// 2: the first registration writes the plan and prints where the pages are.
def site = new File(catalog, 'site')
def uri = { File f -> f.toPath().toUri().toString() }
assert block(2).subList(0, created.size()) == created : "build 2 plan: ${block(2).join('\n')}"
assert block(2)[created.size()..created.size() + 3] == [
        "[INFO] Applied 19 changes to local:${catalog.path}.".toString(),
        "[INFO] Catalog: ${uri(new File(site, 'index.html'))}".toString(),
        "[INFO] Product sales/orders: ${uri(new File(site, 'sales/orders.html'))}".toString(),
        "[INFO] Product sales/stores: ${uri(new File(site, 'sales/stores.html'))}".toString(),
]
assert new File(site, 'index.html').text.contains('href="sales/orders.html"')
assert new File(site, 'sales/orders.html').text.contains('customer_email')

// 3: the same contracts again: all unchanged, nothing written.
assert builds[2].contains('[INFO] Plan: 0 to create, 0 to update, 19 unchanged.')
assert builds[2].contains("[INFO] Nothing to change: local:${catalog.path} is up to date.".toString())
assert !builds[2].any { it ==~ /\[INFO\]   [+~-] .*/ } : "build 3 planned a change: ${block(3).join('\n')}"

// 4: a new column with its classification, dry run: the updates with their diffs, nothing written.
def changed = block(4)
['[INFO]   ~ lf-tag classification',
 '[INFO]       TagValues: + internal',
 '[INFO]   ~ database sales_orders',
 '[INFO]       Parameters.contract.version: 1.0.0 -> 1.1.0',
 '[INFO]   ~ table sales_orders.orders',
 '[INFO]       Columns: + channel string',
 '[INFO]   ~ schema sales/sales.orders.Orders',
 '[INFO]       Version: 1 -> 2',
 '[INFO]       fields: + channel ["null","string"]',
 '[INFO]   + lf-tags on column sales_orders.orders.channel',
 '[INFO]       classification: + internal',
 '[INFO]   ~ product record sales/orders',
 '[INFO]       Contracts[urn:datacontract:sales:orders].Version: 1.0.0 -> 1.1.0',
 '[INFO]   = table sales.stores',
 '[INFO] Plan: 1 to create, 5 to update, 14 unchanged.',
 '[INFO] Dry run: nothing was changed.',
].each { assert changed.contains(it) : "build 4 lacks '$it': ${changed.join('\n')}" }

// 5: skipped.
assert builds[4].contains('[INFO] Skipping mesh:register (mesh.skip=true).')
assert !builds[4].any { it.startsWith('[INFO] Plan') } : 'build 5 planned'

// No catalog file is newer than the marker of build 3: builds 3, 4 and 5 wrote nothing.
def mtime = { File f -> Files.getLastModifiedTime(f.toPath()) }
def marker = mtime(new File(basedir, 'target/it-markers/3-rerun'))
def files = []
catalog.eachFileRecurse(groovy.io.FileType.FILES) { files << it }
assert files.size() > 10
// The lock (catalog.lock and the per-JVM .catalog.lock.*.jvm markers) is taken by every registering build.
def newer = files.findAll { mtime(it) >= marker && !it.name.contains('catalog.lock') }
assert newer == [] : "written after build 2: $newer"
return true
