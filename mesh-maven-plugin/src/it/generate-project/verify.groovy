// A first build: every generator's files in target/generated-resources/mesh, the same bytes in the jar under
// mesh/, and the incremental state written.
import groovy.json.JsonSlurper
import java.util.zip.ZipFile

def lines = new File(basedir, 'build.log').readLines()
assert lines.any { it ==~ /\[INFO\] Generated glue, avro, openapi for 2 of 2 contracts into target\/generated-resources\/mesh in \d+\.\d{3} s: 10 files written, 0 deleted\./ }
assert !lines.any { it.startsWith('[WARNING] src/') || it.startsWith('[ERROR]') }

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
def output = new File(basedir, 'target/generated-resources/mesh')
def files = []
output.eachFileRecurse(groovy.io.FileType.FILES) { files << output.toPath().relativize(it.toPath()).toString().replace('\\', '/') }
assert files.sort() == expected

def jar = new ZipFile(new File(basedir, 'target/generate-project-1.0.0.jar'))
try {
    def entries = jar.entries().toList().findAll { !it.directory && it.name.startsWith('mesh/') }
    assert entries*.name.sort() == expected.collect { 'mesh/' + it }
    entries.each { assert jar.getInputStream(it).bytes == new File(output, it.name.substring('mesh/'.length())).bytes }
} finally {
    jar.close()
}

def json = new JsonSlurper()
def table = json.parse(new File(output, 'glue/orders/orders.table.json'))
assert table.Name == 'orders'
assert table.PartitionKeys*.Name == ['order_date']
assert table.StorageDescriptor.Columns*.Name == ['order_id', 'amount']
assert table.StorageDescriptor.Columns*.Type == ['varchar(16)', 'decimal(12,2)']
assert table.StorageDescriptor.Location == 's3://acme-sales-lake/orders/orders/'
assert table.Parameters['contract.id'] == 'urn:datacontract:sales:orders'
assert table.Parameters['contract.version'] == '1.0.0'
assert table.Parameters['contract.fingerprint'] ==~ /[0-9a-f]{64}/
assert json.parse(new File(output, 'glue/orders/database.json')).Name == 'sales_orders'

def avro = json.parse(new File(output, 'avro/orders/Orders.avsc'))
assert avro.fields*.name == ['order_id', 'order_date', 'amount']
assert avro.fields[2].type == ['null', [type: 'bytes', logicalType: 'decimal', precision: 12, scale: 2]]
assert new File(output, 'openapi/products.openapi.yaml').readLines()[0] == 'openapi: "3.0.3"'
assert new File(output, 'cloudformation/products.cfn.yaml').readLines()[0] == 'AWSTemplateFormatVersion: "2010-09-09"'

def state = json.parse(new File(basedir, 'target/mesh-state/generate-default.json'))
assert state.contracts.keySet() as List == ['src/main/contracts/master/products.odcs.yaml', 'src/main/contracts/orders.odcs.yaml']
return true
