// Drives the blocking sorry:serve from the outside: pick a free port, let the build run, probe it
// over HTTP while it serves, edit a page, then stop it with SIGTERM (what Ctrl+C does too).
import java.net.http.HttpClient
import java.net.http.HttpRequest
import java.net.http.HttpResponse
import java.nio.file.Files
import java.nio.file.StandardCopyOption

// The repository's real assets (as the pom uses its real template); this run edits only its own pages.
// basedir is sorry-maven-plugin/target/it/serve-live, four levels under the repository root.
def assets = new File(basedir, '../../../../site-src/sorrycontent').canonicalFile.toPath()
assert Files.isDirectory(assets) : "the default site's assets are not at ${assets}"
def copy = new File(basedir, 'site-src/sorrycontent').toPath()
Files.walk(assets).withCloseable { paths ->
    paths.forEach { from ->
        def to = copy.resolve(assets.relativize(from).toString())
        if (Files.isDirectory(from)) {
            Files.createDirectories(to)
        } else {
            Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING)
        }
    }
}

def port = new ServerSocket(0, 1, InetAddress.getByName('127.0.0.1')).withCloseable { it.localPort }
new File(basedir, '.mvn').mkdirs()
new File(basedir, '.mvn/maven.config').text = "-Dsorry.serve.port=${port}\n"
def log = new File(basedir, 'build.log')
def results = new File(basedir, 'served.txt')

Thread.start('serve-live-probe') {
    def lines = []
    try {
        def client = HttpClient.newHttpClient()
        def get = { String path ->
            client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:${port}${path}")).build(),
                    HttpResponse.BodyHandlers.ofString())
        }
        def deadline = System.currentTimeMillis() + 240_000
        while (System.currentTimeMillis() < deadline && !(log.exists() && log.text.contains('press Ctrl+C to stop'))) {
            Thread.sleep(200)
        }
        def page = get('/app/login')
        lines << "page ${page.statusCode()} ${page.headers().firstValue('Content-Type').orElse('')}"
        def h1 = (page.body() =~ /<h1>([^<]*)<\/h1>/)
        lines << "h1 ${h1 ? h1[0][1] : '?'}"
        def ja = get('/ja/app/login')
        lines << "ja ${ja.statusCode()} ${(ja.body() =~ /<h1>([^<]*)<\/h1>/)[0][1]}"
        def css = (page.body() =~ /href="?(http:\/\/127\.0\.0\.1:\d+\/sorrycontent\/css\/[^" >]+)/)[0][1]
        def asset = client.send(HttpRequest.newBuilder(URI.create(css)).build(), HttpResponse.BodyHandlers.ofString())
        lines << "asset ${asset.statusCode()} ${asset.headers().firstValue('Content-Type').orElse('')}"
        def alb = get('/__alb/x')
        lines << "alb ${alb.statusCode()} ${alb.headers().firstValue('Content-Type').orElse('')}"

        def source = new File(basedir, 'site-src/pages/maintenance.md')
        source.text = source.text.replace('# We’ll be right back', '# Back at six')
        get('/__sorry/changes?since=1')  // long-poll: answers when the rebuild is done
        def edited = (get('/').body() =~ /<h1>([^<]*)<\/h1>/)
        lines << "rebuilt ${edited ? edited[0][1] : '?'}"
    } catch (Throwable e) {
        lines << "probe failed: ${e}"
    } finally {
        results.text = lines.join('\n') + '\n'
        ProcessHandle.current().descendants()
                .filter { it.info().commandLine().orElse('').contains('-Dsorry.it=serve-live') }
                .forEach { it.destroy() }
    }
}
return true
