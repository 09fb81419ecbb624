def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('target/sorry/report.json: does not exist, so sorry:publish has no build to work on (fix: run sorry:build first')
assert log.contains('Caused by: org.apache.maven.plugin.MojoFailureException: ') : 'a user mistake is a failure, not an execution error'
assert !new File(basedir, 'target/mirror').exists()
return true
