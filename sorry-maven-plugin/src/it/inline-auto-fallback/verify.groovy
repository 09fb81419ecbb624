def log = new File(basedir, 'build.log').text
assert log =~ /alb\/maintenance\.html: cdn-linked, \d+ chars \/ \d+ bytes \(first that fits; self-contained needs \d+ chars/
def body = new File(basedir, 'target/sorry/alb/maintenance.html').getText('UTF-8')
assert body.length() <= 1024
assert body.contains('<link rel=stylesheet href=https://d111111abcdef8.cloudfront.net/sorrycontent/alb.')
def css = new File(basedir, 'target/sorry/site/sorrycontent').listFiles().find { it.name.startsWith('alb.') }
assert css != null : 'the reduced stylesheet is in the site, so publish uploads it'
['maintenance.json', 'maintenance.cli.json', 'sorry.ingress.yaml', 'sorry.cfn.json', 'sorry.tf'].each { assert new File(basedir, "target/sorry/alb/$it").isFile() }
// the --actions of aws elbv2 modify-rule
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/sorry/alb/maintenance.json'), 'UTF-8')[0].FixedResponseConfig
assert json.StatusCode == '503' && json.ContentType == 'text/html' && json.MessageBody == body
assert log.contains('sorry:lint: 0 errors, 0 warnings')
return true
