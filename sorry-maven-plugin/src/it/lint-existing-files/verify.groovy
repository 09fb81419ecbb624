def log = new File(basedir, 'build.log').text
assert log =~ /deploy\/ingress\.yaml:7: body is \d+ chars \/ \d+ bytes.*over the budget of 1024 chars.*\[over-budget\]/
assert log =~ /deploy\/ingress\.yaml:7: status 200 lets search engines index the sorry page.*\[status-200\]/
assert log =~ /deploy\/ingress\.yaml:7: has non-ASCII text but no <meta charset=utf-8>.*\[charset\]/
// Exactly these three findings: the two errors above and the status warning; the built site itself is clean.
assert log.contains('target/sorry: 2 errors, 1 warning (target/sorry/lint.json)')
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/sorry/lint.json'))
assert json.findings.any { it.rule == 'over-budget' && it.line == 7 && it.file == 'deploy/ingress.yaml' }
return true
