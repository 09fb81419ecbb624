// Starts the NetStorage / Fast Purge stand-in (the plugin's own test resource) on 127.0.0.1 at a
// free port, and points the build at it through .mvn/maven.config. It stops itself after 10
// minutes; verify.groovy stops it sooner.
def script = new File(basedir, '../../../src/test/resources/netstorage/standin.py').canonicalFile
def out = new File(basedir, 'target/standin.out')
out.parentFile.mkdirs()
def store = new File(basedir, 'target/netstorage-store')
def pb = new ProcessBuilder('python3', script.path, '--port', '0', '--no-stdin-watch', '--dir', store.path,
        '--key-name', 'sorry-upload', '--key', 'it-netstorage-key-5c1e9a',
        '--client-token', 'akab-it-client-token-3f9d', '--client-secret', 'it-client-secret-b71c=', '--access-token', 'akab-it-access-token-a2e4',
        '--edgegrid-host', 'akab-it.purge.akamaiapis.net', '--estimated-seconds', '1')
pb.redirectOutput(out).redirectError(new File(basedir, 'target/standin.err')).redirectInput(ProcessBuilder.Redirect.from(new File('/dev/null')))
def process = pb.start()
new File(basedir, 'target/standin.pid').text = String.valueOf(process.pid())
def port = null
for (int i = 0; i < 100 && port == null; i++) {
    def line = out.exists() ? out.readLines().find { it.startsWith('PORT ') } : null
    if (line != null) {
        port = line.substring(5).trim()
    } else {
        Thread.sleep(100)
    }
}
assert port != null : 'the stand-in did not start: ' + new File(basedir, 'target/standin.err').text
def edgerc = new File(basedir, '.edgerc')
edgerc.text = '[default]\nhost = akab-it.purge.akamaiapis.net\nclient_token = akab-it-client-token-3f9d\nclient_secret = it-client-secret-b71c=\naccess_token = akab-it-access-token-a2e4\n'
new File(basedir, '.mvn').mkdirs()
new File(basedir, '.mvn/maven.config').text = "-Dsorry.netstorage.endpoint=http://127.0.0.1:${port}\n-Dsorry.akamai.purge.endpoint=http://127.0.0.1:${port}\n-Dsorry.akamai.edgerc=${edgerc.path}\n"
new File(basedir, 'target/standin.port').text = port
return true
