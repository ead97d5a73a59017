// Two modules built in parallel: each generated its own contracts' files into its own target and jar.
import java.util.zip.ZipFile

def lines = new File(basedir, 'build.log').readLines()
assert lines.contains('[INFO] Using the MultiThreadedBuilder implementation with a thread count of 2')
assert lines.any { it ==~ /\[INFO\] Generated glue, avro, openapi for 2 of 2 contracts into target\/generated-resources\/mesh in \d+\.\d{3} s: 10 files written, 0 deleted\./ }
assert lines.findAll { it.startsWith('[INFO] Generated glue, avro, openapi for 2 of 2 contracts') }.size() == 2
assert lines.contains('[INFO] BUILD SUCCESS')
assert !lines.any { it.startsWith('[WARNING] src/') || it.startsWith('[ERROR]') }

def expected = [
        sales : ['orders', 'products'],
        supply: ['shipments', 'stores'],
]
expected.each { module, products ->
    // each contract's product and table have the same name
    def files = products.collectMany { p ->
        ["avro/$p/${p.capitalize()}.avsc", "cloudformation/${p}.cfn.yaml", "glue/$p/database.json",
         "glue/$p/${p}.table.json", "openapi/${p}.openapi.yaml"]*.toString()
    }.sort()
    def output = new File(basedir, "$module/target/generated-resources/mesh")
    def actual = []
    output.eachFileRecurse(groovy.io.FileType.FILES) { actual << output.toPath().relativize(it.toPath()).toString().replace('\\', '/') }
    assert actual.sort() == files, module

    def jar = new ZipFile(new File(basedir, "$module/target/${module}-1.0.0.jar"))
    try {
        def entries = jar.entries().toList().findAll { !it.directory && it.name.startsWith('mesh/') }
        assert entries*.name.sort() == files.collect { 'mesh/' + it }, module
        entries.each { assert jar.getInputStream(it).bytes == new File(output, it.name.substring('mesh/'.length())).bytes }
    } finally {
        jar.close()
    }
}
def shipments = new groovy.json.JsonSlurper().parse(new File(basedir, 'supply/target/generated-resources/mesh/glue/shipments/shipments.table.json'))
assert shipments.PartitionKeys*.Name == ['ship_date']
assert shipments.Parameters['contract.id'] == 'urn:datacontract:supply:shipments'
assert !new File(basedir, 'target/generated-resources').exists()
return true
