import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('Publish plan for file:')
assert log =~ /upload\s+maintenance\.html\s+.*new/
assert log.contains('invalidate  E2QWRUHAPOMQZL: /maintenance.html')
assert log.contains('3 to upload')
assert log.contains('Dry run: nothing was uploaded, deleted or invalidated; the plan is in target/sorry/publish-plan.json')
assert !new File(basedir, 'target/mirror').exists() : 'a dry run must not create the target'

def plan = new JsonSlurper().parse(new File(basedir, 'target/sorry/publish-plan.json'))
assert plan.dryRun == true
assert plan.uploads*.group == ['assets', 'assets', 'pages']
assert plan.uploads.every { it.reason == 'new' }
assert plan.uploads.find { it.key == 'maintenance.html' }.cacheControl == 'max-age=60'
assert plan.invalidations == [[distributionId: 'E2QWRUHAPOMQZL', paths: ['/maintenance.html']]]
return true
