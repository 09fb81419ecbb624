def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('Skipping sorry:build (sorry.skip)')
assert log.contains('Skipping sorry:build (sorry.build.skip)')
assert !new File(basedir, 'target/sorry').exists()
return true
