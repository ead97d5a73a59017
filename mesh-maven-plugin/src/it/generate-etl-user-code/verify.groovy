// The committed script was generated from the contract before 'channel' was added, then its transformation region
// was written by hand. Regenerating after the contract change must keep that code and add the new column.
def script = new File(basedir, 'src/main/etl/glue-etl/orders/orders.py').text
assert script.contains("    # hand-written: orders of the web shop only, amounts in euros\n")
assert script.contains("    df = source_df.where(F.col('shop') == 'web')\n")
assert script.contains("    df = df.withColumn('amount', F.col('amount_cents') / 100)\n")
assert script.contains("'channel'")
assert !script.contains("    df = source_df\n    # --- END USER TRANSFORMATION ---")
assert new File(basedir, 'src/main/etl/glue-etl/orders/orders.dqdl').isFile()
def job = new File(basedir, 'src/main/etl/glue-etl/orders/orders.job.json').text
assert job.contains('"WorkerType" : "G.2X"') || job.contains('"WorkerType": "G.2X"')
def log = new File(basedir, 'build.log').text
assert log.contains('Generated glue-etl for 1 of 1 contracts into src/main/etl')
return true
