// Starts moto_server on 127.0.0.1 at a free port for this project's runs (verify.groovy stops it,
// and a shutdown hook does if a run fails first), makes the ALB, and points every run at moto.
import java.util.concurrent.TimeUnit

def port = new ServerSocket(0, 1, InetAddress.getByName('127.0.0.1')).withCloseable { it.localPort }
def motoLog = new File(basedir, 'moto.log')
def moto = new ProcessBuilder('moto_server', '-H', '127.0.0.1', '-p', "${port}".toString())
        .redirectErrorStream(true).redirectOutput(motoLog).start()
Runtime.runtime.addShutdownHook(new Thread({ moto.destroy() }))
new File(basedir, 'moto.pid').text = "${moto.pid()}"
def deadline = System.currentTimeMillis() + 60_000
while (true) {
    assert moto.alive : "moto_server exited: ${motoLog.text}"
    try {
        new Socket('127.0.0.1', port).close()
        break
    } catch (IOException notYet) {
        assert System.currentTimeMillis() < deadline : "moto_server did not listen on ${port}: ${motoLog.text}"
        Thread.sleep(100)
    }
}
def endpoint = "http://127.0.0.1:${port}"
def setup = new ProcessBuilder('python3', new File(basedir, 'setup_alb.py').path, endpoint).redirectErrorStream(true).start()
def out = setup.inputStream.text
assert setup.waitFor(120, TimeUnit.SECONDS) && setup.exitValue() == 0 : "setting up the ALB failed: ${out}"
new File(basedir, 'listener-arn.txt').text = out.trim()
new File(basedir, '.mvn').mkdirs()
new File(basedir, '.mvn/maven.config').text = "-Dsorry.aws.endpoint=${endpoint}\n-Dsorry.aws.region=us-east-1\n"
return true
