// package wrote and attached the contracts bundle; install put it beside the jar in the IT local repository.
import groovy.json.JsonSlurper
import java.util.zip.ZipFile

def lines = new File(basedir, 'build.log').readLines()
assert lines.contains('[INFO] Bundled 2 contracts and 10 generated files into target/bundle-1.0.0-contracts.zip.') :
        'no bundle summary'
assert !lines.any { it.startsWith('[ERROR]') || it.startsWith('[WARNING] src/') ||
        it.startsWith('[WARNING] No generated') } :
        'a problem was printed'

def zip = new File(basedir, 'target/bundle-1.0.0-contracts.zip')
assert zip.isFile()
def generated = [
        'mesh/avro/orders/Orders.avsc',
        'mesh/avro/products/Products.avsc',
        'mesh/cloudformation/orders.cfn.yaml',
        'mesh/cloudformation/products.cfn.yaml',
        'mesh/glue/orders/database.json',
        'mesh/glue/orders/orders.table.json',
        'mesh/glue/products/database.json',
        'mesh/glue/products/products.table.json',
        'mesh/openapi/orders.openapi.yaml',
        'mesh/openapi/products.openapi.yaml',
]
def manifest
new ZipFile(zip).withCloseable { z ->
    def names = z.entries().collect { it.name }
    assert names == ['contracts/master/products.odcs.yaml', 'contracts/orders.odcs.yaml', 'manifest.json'] + generated
    // Reproducible: every entry carries the project's outputTimestamp.
    assert z.entries().collect { it.lastModifiedTime.toInstant().toString() }.unique() == ['2024-05-01T10:00:00Z']
    assert z.getInputStream(z.getEntry('contracts/orders.odcs.yaml')).text ==
            new File(basedir, 'src/main/contracts/orders.odcs.yaml').text
    manifest = new JsonSlurper().parse(z.getInputStream(z.getEntry('manifest.json')))
}
assert manifest.format == 1
assert [manifest.groupId, manifest.artifactId, manifest.version] == ['dev.datamesh.it', 'bundle', '1.0.0']
assert manifest.pluginVersion ==~ /\d+\.\d+\.\d+(-SNAPSHOT)?/
assert manifest.products == [[id: 'sales/orders', domain: 'sales'], [id: 'sales/products', domain: 'sales']]
assert manifest.contracts*.path == ['contracts/master/products.odcs.yaml', 'contracts/orders.odcs.yaml']
assert manifest.contracts*.id == ['urn:datacontract:sales:products', 'urn:datacontract:sales:orders']
assert manifest.contracts*.version == ['1.0.0', '1.0.0']
assert manifest.contracts.every { it.fingerprint ==~ /[0-9a-f]{64}/ && it.domain == 'sales' }
assert manifest.generated == generated

// The fingerprint is the contract's: the generated Glue table carries the same one in its parameters.
def table = new JsonSlurper().parse(new File(basedir, 'target/generated-resources/mesh/glue/orders/orders.table.json'))
def ordersFingerprint = manifest.contracts.find { it.id == 'urn:datacontract:sales:orders' }.fingerprint
assert table.Parameters['contract.fingerprint'] == ordersFingerprint

// install: the zip sits beside the jar and the pom, under the classifier 'contracts'.
def installed = new File(localRepositoryPath, 'dev/datamesh/it/bundle/1.0.0')
assert new File(installed, 'bundle-1.0.0.jar').isFile()
assert new File(installed, 'bundle-1.0.0-contracts.zip').bytes == zip.bytes
return true
