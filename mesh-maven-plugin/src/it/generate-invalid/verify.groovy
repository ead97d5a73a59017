// The build failed with each problem as file:line:column and its hint, no stack trace, and nothing was written:
// no output directory, no state, not even the valid contract's files.
def lines = new File(basedir, 'build.log').readLines()
def physical = "[ERROR] src/main/contracts/orders.odcs.yaml:30:23: error [ODCS-PHYSICAL-TYPE] physicalType 'int' of property 'orders.orders_label' contradicts logicalType 'string'."
def duplicate = "[ERROR] src/main/contracts/stores.odcs.yaml:5:1: error [ODCS-YAML-DUPLICATE-KEY] Duplicate key 'id' (first defined at line 3)."
assert lines.contains(physical)
assert lines[lines.indexOf(physical) + 1] == "  hint: make 'physicalType' a Glue type of the same kind as 'logicalType: string', or remove it."
assert lines.contains(duplicate)
assert lines[lines.indexOf(duplicate) + 1] == "  hint: remove one of the two 'id' keys; YAML keeps only one of them."
assert lines.indexOf(physical) < lines.indexOf(duplicate)
assert lines.any { it.contains('mesh:generate found 2 errors in the contracts; nothing was generated. Fix the problems listed above.') }
assert !lines.any { it.contains('Generated ') }
assert !lines.any { it.startsWith('\tat ') }

assert !new File(basedir, 'target/generated-resources').exists()
assert !new File(basedir, 'target/mesh-state').exists()
return true
