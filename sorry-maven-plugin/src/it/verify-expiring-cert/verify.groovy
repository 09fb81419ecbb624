def server = System.properties.remove('sorry.it.https-server.' + basedir)
server?.stop(0)

def log = new File(basedir, 'build.log').text
def host = "127.0.0.1:${new File(basedir, 'port.txt').text.trim()}"
assert log.contains("error   tls        ${host}: certificate of 127.0.0.1 expires") : log
assert log.contains('in 5 days (below 7)') : log
assert log.contains('fix: renew the certificate of 127.0.0.1') : log
assert log.contains("ok      http       https://${host}/app/login: status 503") : log
assert log.contains('sorry:verify: the failover chain is broken at tls (') : log
assert log.contains('BUILD FAILURE') : log

def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/sorry/verify.json'))
assert json.passed == false
assert json.summary.error == 1
assert json.checks.find { it.status == 'error' }.link == 'tls'
return true
