def server = System.properties.remove('sorry.it.https-server.' + basedir)
server?.stop(0)

def log = new File(basedir, 'build.log').text
def port = new File(basedir, 'port.txt').text.trim()
def host = "127.0.0.1:${port}"
assert log.contains("ok      http       https://${host}/app/login: serves maintenance.html") : log
assert log.contains("ok      http       https://${host}/app/login: status 503") : log
assert log.contains("ok      tls        ${host}: certificate of 127.0.0.1 expires") && log.contains('in 90 days') : log
assert log.contains("ok      tls        ${host}: chain trusted (issuer CN=Sorry IT CA)") : log
assert log =~ /ok {6}asset {6}https:\/\/127\.0\.0\.1:\d+\/sorrycontent\/css\/site\.[a-z0-9]{7}\.css: 200 text\/css/ : log
assert log =~ /sorry:verify: \d+ checks: \d+ ok, 0 warnings, 0 errors; target\/sorry\/verify\.json/ : log
assert log.contains('BUILD SUCCESS') : log

def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/sorry/verify.json'))
assert json.passed == true
assert json.summary.error == 0
assert json.checks.any { it.link == 'tls' && it.status == 'ok' }

def infra = new File(basedir, 'target/sorry/infra')
assert new File(infra, 'cloudformation/sorry-failover.json').text.contains('"ResponsePagePath" : "/maintenance.html"')
assert new File(infra, 'terraform/route53.tf').text.contains('type = "SECONDARY"')
assert new File(infra, 'terraform/variables.tf').text.contains('default     = "sorry-site-it"')
assert new File(infra, 'terraform/functions/viewer-request.js').exists()
assert log.contains('Wrote 12 infrastructure files under target/sorry/infra (cloudformation, terraform)') : log
return true
