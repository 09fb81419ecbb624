// A live sorry URL over real HTTPS: a private CA and a 90-day server certificate made with openssl,
// the CA in a PKCS#12 trust store made with keytool (invoker.mavenOpts points the JDK at it), and
// the JDK's HttpsServer answering as a configured CDN would: assets from the built site, the sorry
// page with 503 for every other path. verify.groovy stops it. Another IT evaluates this script with
// certificateDays bound to its own value.
import com.sun.net.httpserver.HttpsConfigurator
import com.sun.net.httpserver.HttpsServer
import java.nio.file.Files
import java.security.KeyStore
import javax.net.ssl.KeyManagerFactory
import javax.net.ssl.SSLContext

def days = binding.hasVariable('certificateDays') ? certificateDays : 90
def certs = new File(basedir, 'certs')
certs.mkdirs()
def run = { List<String> command ->
    def process = new ProcessBuilder(command).directory(certs).redirectErrorStream(true).start()
    def output = process.inputStream.text
    assert process.waitFor() == 0 : "${command.join(' ')} failed: ${output}"
}
run(['openssl', 'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'ca.key', '-out', 'ca.pem', '-days', '365',
     '-subj', '/CN=Sorry IT CA', '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign'])
new File(certs, 'server.ext').text = 'subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n'
run(['openssl', 'req', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'server.key', '-out', 'server.csr', '-subj', '/CN=localhost'])
run(['openssl', 'x509', '-req', '-in', 'server.csr', '-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial', '-out', 'server.pem',
     '-days', String.valueOf(days), '-extfile', 'server.ext'])
run(['openssl', 'pkcs12', '-export', '-in', 'server.pem', '-inkey', 'server.key', '-certfile', 'ca.pem', '-out', 'server.p12',
     '-passout', 'pass:changeit', '-name', 'server'])
run(['keytool', '-importcert', '-noprompt', '-alias', 'sorry-it-ca', '-file', 'ca.pem', '-keystore', 'trust.p12',
     '-storetype', 'PKCS12', '-storepass', 'changeit'])

def keys = KeyStore.getInstance('PKCS12')
new File(certs, 'server.p12').withInputStream { keys.load(it, 'changeit'.toCharArray()) }
def kmf = KeyManagerFactory.getInstance(KeyManagerFactory.defaultAlgorithm)
kmf.init(keys, 'changeit'.toCharArray())
def ssl = SSLContext.getInstance('TLS')
ssl.init(kmf.keyManagers, null, null)

def site = new File(basedir, 'target/sorry/site').toPath()
def types = [css: 'text/css; charset=utf-8', svg: 'image/svg+xml', png: 'image/png', woff2: 'font/woff2', js: 'text/javascript; charset=utf-8']
def server = HttpsServer.create(new InetSocketAddress('127.0.0.1', 0), 0)
server.httpsConfigurator = new HttpsConfigurator(ssl)
server.createContext('/') { exchange ->
    exchange.withCloseable {
        def path = exchange.requestURI.path
        def file = path.startsWith('/sorrycontent/') ? site.resolve(path.substring(1)) : site.resolve('maintenance.html')
        int status = path.startsWith('/sorrycontent/') ? 200 : 503
        def headers = exchange.responseHeaders
        if (status == 200) {
            headers.add('Content-Type', types[path.tokenize('.').last()] ?: 'application/octet-stream')
            headers.add('Cache-Control', 'max-age=31536000, immutable')
        } else {
            headers.add('Content-Type', 'text/html; charset=utf-8')
            headers.add('Cache-Control', 'max-age=60')
        }
        def body = Files.exists(file) ? Files.readAllBytes(file) : 'not built yet'.bytes
        exchange.sendResponseHeaders(Files.exists(file) ? status : 500, body.length)
        exchange.responseBody.write(body)
    }
}
server.start()
// Keyed by the IT's directory: ITs run two at a time in the one invoker JVM.
System.properties.put('sorry.it.https-server.' + basedir, server)

new File(basedir, '.mvn').mkdirs()
new File(basedir, '.mvn/maven.config').text = "-Dsorry.verify.urls=https://127.0.0.1:${server.address.port}/app/login\n"
new File(basedir, 'port.txt').text = "${server.address.port}"
return true
