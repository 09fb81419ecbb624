// Shared by the ITs that need moto_server (S3 and CloudFront): evaluated from their prebuild.groovy
// with `basedir` bound. Starts it on 127.0.0.1 at a free port, runs the given boto3 set-up (whose
// last printed line is returned), and records the pid for verify.groovy. Without moto_server the
// IT is skipped (a file `skipped`, and sorry.publish.skip in .mvn/maven.config), except under CI=true.
def which = ['sh', '-c', 'command -v moto_server'].execute()
which.waitFor()
new File(basedir, '.mvn').mkdirs()
if (which.exitValue() != 0) {
    if (System.getenv('CI') == 'true') {
        throw new IllegalStateException('moto_server is not on PATH; CI must have it')
    }
    println "moto_server is not on PATH: ${basedir.name} is skipped"
    new File(basedir, 'skipped').text = 'no moto_server'
    new File(basedir, '.mvn/maven.config').text = '-Dsorry.publish.skip=true\n'
    return null
}
def port = new ServerSocket(0, 1, InetAddress.getByName('127.0.0.1')).withCloseable { it.localPort }
def moto = new ProcessBuilder('moto_server', '-H', '127.0.0.1', '-p', "${port}".toString())
        .redirectErrorStream(true).redirectOutput(new File(basedir, 'moto.log')).start()
new File(basedir, 'moto.pid').text = "${moto.pid()}"
def endpoint = "http://127.0.0.1:${port}"
def deadline = System.currentTimeMillis() + 30000
while (true) {
    try {
        new Socket('127.0.0.1', port).close()
        break
    } catch (IOException e) {
        assert System.currentTimeMillis() < deadline : 'moto_server did not start: ' + new File(basedir, 'moto.log').text
        Thread.sleep(100)
    }
}
// A distribution: moto's CloudFront needs a full config.
def setup = """
import boto3
kw = dict(endpoint_url='${endpoint}', region_name='us-east-1', aws_access_key_id='x', aws_secret_access_key='x')
${bucket ? "boto3.client('s3', **kw).create_bucket(Bucket='${bucket}')" : ''}
d = boto3.client('cloudfront', **kw).create_distribution(DistributionConfig={
    'CallerReference': 'it', 'Comment': '', 'Enabled': True,
    'Origins': {'Quantity': 1, 'Items': [{'Id': 'o', 'DomainName': 'origin.s3.amazonaws.com',
        'S3OriginConfig': {'OriginAccessIdentity': ''}}]},
    'DefaultCacheBehavior': {'TargetOriginId': 'o', 'ViewerProtocolPolicy': 'allow-all',
        'ForwardedValues': {'QueryString': False, 'Cookies': {'Forward': 'none'}}, 'MinTTL': 0,
        'TrustedSigners': {'Enabled': False, 'Quantity': 0}}})
print(d['Distribution']['Id'])
"""
def python = new ProcessBuilder('python3', '-c', setup).redirectErrorStream(true).start()
def out = python.inputStream.text.trim()
assert python.waitFor() == 0 : out
return [endpoint: endpoint, distribution: out.readLines().last().trim()]
