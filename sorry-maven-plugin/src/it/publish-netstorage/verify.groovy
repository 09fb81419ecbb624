import groovy.json.JsonSlurper

def port = new File(basedir, 'target/standin.port').text.trim()
def stats
try {
    stats = new JsonSlurper().parse(new URL("http://127.0.0.1:${port}/__control/stats"))
} finally {
    ['kill', new File(basedir, 'target/standin.pid').text.trim()].execute().waitFor()
}
def log = new File(basedir, 'build.log').getText('UTF-8')

// The first run: rule tree, lint, publish, purge.
assert new File(basedir, 'target/sorry/akamai/rule-tree.json').text.contains('"contentHostname" : "failoverns.example.com"')
assert log.contains('Akamai Site Failover rule tree: target/sorry/akamai/rule-tree.json')
assert log.contains('sorry:lint: 0 errors')
def published = (log =~ /Published to netstorage:\/\/example-nsu\.akamaihd\.net\/123456\/sorry\/: (\d+) uploaded/)
assert published.find() : log
int uploaded = published.group(1) as int
assert uploaded >= 3
assert log =~ /Fast Purge [0-9a-f-]+ accepted on production: \d+ URLs?, estimated 1 s/
assert new File(basedir, 'target/netstorage-store/123456/sorry/maintenance.html').isFile()

// The second run: nothing to upload, nothing to purge.
assert log.contains("Up to date: ${uploaded} objects unchanged in netstorage://example-nsu.akamaihd.net/123456/sorry/")
assert stats.counts.upload == uploaded + 1 : "each file once and the manifest, and nothing on the second run: ${stats.counts}"
assert stats.counts.purge == 1 : stats.counts
assert stats.refused == 0 : 'every request was signed as the stand-in (written from the docs) expects'

// -X was on for the first run, and no credential shows anywhere.
assert log.contains('[DEBUG]')
assert !log.contains('[DEBUG] Signature: ') : "the EdgeGrid signer's debug line (a live request signature) shows under -X"
for (secret in ['it-netstorage-key-5c1e9a', 'it-client-secret-b71c', 'akab-it-client-token-3f9d', 'akab-it-access-token-a2e4']) {
    assert !log.contains(secret) : "the log shows a credential: ${secret}"
}
for (file in ['target/sorry/publish-plan.json', 'target/sorry/report.json', 'target/sorry/lint.json', 'target/sorry/akamai/rule-tree.json']) {
    def text = new File(basedir, file).text
    assert !text.contains('it-netstorage-key-5c1e9a') && !text.contains('sorry-upload') && !text.contains('akab-it-') : file
}
return true
