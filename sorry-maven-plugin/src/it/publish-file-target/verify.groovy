import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').getText('UTF-8')
def mirror = new File(basedir, 'target/mirror')

def published = log.indexOf('Published to file:')
def upToDate = log.indexOf('Up to date: 3 objects unchanged')
assert published >= 0 : 'first publish summary missing'
assert log =~ /Published to file:\/\/\S+\/target\/mirror\/: 3 uploaded \(\d+(\.\d)? k?B\), 0 unchanged, 0 deleted, invalidations: none, in \d+ ms/
assert upToDate > published : 'the second publish must report that nothing changed'
assert log =~ /upload\s+sorrycontent\/css\/site\.[0-9a-hjkmnp-tv-z]{7}\.css\s+.*new/
// assets are uploaded as a group before the pages
assert log.indexOf('Uploading 2 assets') < log.indexOf('Uploading 1 page (')

def files = []
mirror.eachFileRecurse(groovy.io.FileType.FILES) { files << mirror.toPath().relativize(it.toPath()).toString().replace('\\', '/') }
files.sort()
assert files.size() == 4 : files
assert files.contains('maintenance.html')
assert files.contains('.sorry-publish.json')
assert new File(mirror, 'maintenance.html').bytes == new File(basedir, 'target/sorry/site/maintenance.html').bytes

def manifest = new JsonSlurper().parse(new File(mirror, '.sorry-publish.json'))
assert manifest['maintenance.html'].contentType == 'text/html; charset=utf-8'
assert manifest['maintenance.html'].cacheControl == 'no-store' : 'the third run changed the header'
def css = manifest.keySet().find { it.endsWith('.css') }
assert manifest[css].cacheControl == 'max-age=31536000, immutable'
def svg = manifest.keySet().find { it.endsWith('.svg') }
assert manifest[svg].cacheControl == 'max-age=3600' : 'the pom rule wins over the default'
assert manifest[svg].contentType == 'image/svg+xml; charset=utf-8'

def headersChanged = log.indexOf('Published to file:', upToDate)
assert headersChanged > upToDate : 'third run missing'
assert log.substring(upToDate) =~ /upload\s+maintenance\.html\s+.*headers changed/
assert log.substring(upToDate) =~ /Published to file:\S+: 1 uploaded \(\d+ B\), 2 unchanged/

def plan = new JsonSlurper().parse(new File(basedir, 'target/sorry/publish-plan.json'))
assert plan.uploads*.key == ['maintenance.html']
assert plan.uploads[0].reason == 'headers changed'
assert plan.uploads[0].cacheControl == 'no-store'
assert plan.summary.unchanged == 2
return true
