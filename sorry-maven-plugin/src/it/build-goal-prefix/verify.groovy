def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('sorry-maven-plugin:0.1.0-SNAPSHOT:build (default-cli)')
assert log.contains('Built 1 page')
def page = new File(basedir, 'target/sorry/site/maintenance.html').getText('UTF-8')
// Maven gives explicit pom <configuration> precedence over -D properties: the pom's cdnBaseUrl stays,
// while -Dsorry.fingerprint=false (not configured in the pom) applies.
assert page.contains('https://d111111abcdef8.cloudfront.net/sorrycontent/css/site.css') : page
assert new File(basedir, 'target/sorry/site/sorrycontent/img/logo.svg').isFile()
return true
