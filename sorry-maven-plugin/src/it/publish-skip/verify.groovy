def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('Built 1 page') : 'the build still runs'
assert log.contains('Skipping sorry:publish (sorry.publish.skip)')
assert !log.contains('Publish plan')
assert !new File(basedir, 'target/mirror').exists()
assert !new File(basedir, 'target/sorry/publish-plan.json').exists()
return true
