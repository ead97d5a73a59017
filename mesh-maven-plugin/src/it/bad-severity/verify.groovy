def log = new File(basedir, 'build.log').text
assert log.contains("Unknown severity 'fatal' in <ruleSeverities><ODCS-LOGICAL-TYPE-MISSING>: write note, warning or error, e.g. <ruleSeverities><ODCS-LOGICAL-TYPE-MISSING>error</ODCS-LOGICAL-TYPE-MISSING>.")
assert !log.readLines().any { it.startsWith('\tat ') }
assert !new File(basedir, 'target/mesh-reports').exists()
return true
