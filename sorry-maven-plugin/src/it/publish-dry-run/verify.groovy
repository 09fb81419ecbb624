import groovy.json.JsonSlurper

def pid = new File(basedir, 'moto.pid')
if (pid.exists()) {
    ProcessHandle.of(pid.text.trim() as long).ifPresent { it.destroyForcibly() }
}
if (new File(basedir, 'skipped').exists()) {
    return true
}
def distribution = (new File(basedir, '.mvn/maven.config').text =~ /distributionIds=(\w+)/)[0][1]

def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('Publish plan for file:')
assert log =~ /upload\s+maintenance\.html\s+.*new/
assert log.contains("invalidate  ${distribution}: /maintenance.html")
assert log.contains('3 to upload')
assert log.contains('Dry run: nothing was uploaded, deleted or invalidated; the plan is in target/sorry/publish-plan.json')
assert !new File(basedir, 'target/mirror').exists() : 'a dry run must not create the target'

def plan = new JsonSlurper().parse(new File(basedir, 'target/sorry/publish-plan.json'))
assert plan.dryRun == true
assert plan.uploads*.group == ['assets', 'assets', 'pages']
assert plan.uploads.every { it.reason == 'new' }
assert plan.uploads.find { it.key == 'maintenance.html' }.cacheControl == 'max-age=60'
assert plan.invalidations == [[distributionId: distribution, paths: ['/maintenance.html']]]
return true
