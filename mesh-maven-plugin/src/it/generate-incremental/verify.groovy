// Five builds (invoker.properties); each of builds 2-5 touched target/it-markers/<profile> before generating, so a
// file older than a marker was not written by that build or any later one.
import groovy.json.JsonSlurper
import java.nio.file.Files
import java.util.zip.ZipFile

// The invoker appends every build's output to build.log; each starts by scanning for projects.
def builds = new File(basedir, 'build.log').text.split(/(?m)^\[INFO\] Scanning for projects\.\.\.$/)
        .findAll { !it.isBlank() }*.readLines()
assert builds.size() == 5
def summary = { int build, String pattern -> assert builds[build - 1].any { it ==~ pattern }, "build $build: $pattern" }
summary 1, /\[INFO\] Generated glue, avro, openapi for 3 of 3 contracts into target\/generated-resources\/mesh in \d+\.\d{3} s: 15 files written, 0 deleted\./
summary 2, /\[INFO\] Generated glue, avro, openapi for 1 of 3 contracts into target\/generated-resources\/mesh in \d+\.\d{3} s: 4 files written, 0 deleted\./
summary 3, /\[INFO\] Generated glue, avro, openapi for 0 of 2 contracts into target\/generated-resources\/mesh in \d+\.\d{3} s: 0 files written, 5 deleted\./
summary 4, /\[INFO\] Generated files are up to date \(2 contracts unchanged, target\/generated-resources\/mesh, checked in \d+\.\d{3} s\)\./
(1..4).each { assert builds[it - 1].contains('[INFO] BUILD SUCCESS') }
(1..4).each { assert !builds[it - 1].any { it.startsWith('[WARNING] src/') || it.startsWith('[ERROR]') } }

// Build 5: the error with its location and hint, a failure that says nothing was written, no stack trace.
def error = "[ERROR] src/main/contracts/orders.odcs.yaml:47:23: error [ODCS-PHYSICAL-TYPE] physicalType 'int' of property 'orders.currency_code' contradicts logicalType 'string'."
def last = builds[4]
assert last.contains(error)
assert last[last.indexOf(error) + 1] == "  hint: make 'physicalType' a Glue type of the same kind as 'logicalType: string', or remove it."
assert last.contains('[INFO] BUILD FAILURE')
assert last.any { it.contains('mesh:generate found 1 error in the contracts; nothing was generated. Fix the problems listed above.') }
assert !last.any { it.startsWith('\tat ') }

def target = new File(basedir, 'target')
def mtime = { File f -> Files.getLastModifiedTime(f.toPath()) }
def marker = { String name -> mtime(new File(target, "it-markers/$name")) }
def relative = { File root -> def all = []; root.eachFileRecurse(groovy.io.FileType.FILES) { all << root.toPath().relativize(it.toPath()).toString().replace('\\', '/') }; all.sort() }

def output = new File(target, 'generated-resources/mesh')
def copy = new File(target, 'classes/mesh')
def expected = [
        'avro/orders/Orders.avsc',
        'avro/products/Products.avsc',
        'cloudformation/orders.cfn.yaml',
        'cloudformation/products.cfn.yaml',
        'glue/orders/database.json',
        'glue/orders/orders.table.json',
        'glue/products/database.json',
        'glue/products/products.table.json',
        'openapi/orders.openapi.yaml',
        'openapi/products.openapi.yaml',
]
// Build 3: the deleted contract's outputs are gone from the output directory, its copy and the jar; empty
// folders were removed; the state forgot it.
assert relative(output) == expected
assert relative(copy) == expected
assert !new File(output, 'glue/stores').exists() && !new File(output, 'avro/stores').exists()
assert !new File(copy, 'glue/stores').exists() && !new File(copy, 'avro/stores').exists()
def jar = new ZipFile(new File(target, 'generate-incremental-1.0.0.jar'))
try {
    def entries = jar.entries().toList().findAll { !it.directory && it.name.startsWith('mesh/') }
    assert entries*.name.sort() == expected.collect { 'mesh/' + it }
    entries.each { assert jar.getInputStream(it).bytes == new File(output, it.name.substring('mesh/'.length())).bytes }
} finally {
    jar.close()
}
def state = new JsonSlurper().parse(new File(target, 'mesh-state/generate-default.json'))
assert state.contracts.keySet() as List == ['src/main/contracts/master/products.odcs.yaml', 'src/main/contracts/orders.odcs.yaml']

// Build 2: only the changed contract's changed files were written; its database.json has the same bytes and kept
// its time, and the other contracts' files were not touched.
def changed = ['avro/orders/Orders.avsc', 'cloudformation/orders.cfn.yaml', 'glue/orders/orders.table.json', 'openapi/orders.openapi.yaml']
(expected - changed).each { assert mtime(new File(output, it)) < marker('2-change'), it }
changed.each {
    def time = mtime(new File(output, it))
    assert time >= marker('2-change') && time < marker('3-delete'), it
}
assert new File(output, 'glue/orders/orders.table.json').text.contains('"currency_code"')

// Builds 4 (no-op) and 5 (invalid contract) wrote nothing at all: not the outputs, their copies, nor the state.
[output, copy, new File(target, 'mesh-state')].each { root ->
    root.eachFileRecurse(groovy.io.FileType.FILES) { assert mtime(it) < marker('4-noop'), it }
}
// The invalid contract left the last good outputs in place.
assert new File(output, 'avro/orders/Orders.avsc').text.contains('"currency_code"')
return true
