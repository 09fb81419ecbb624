// moto_server with the bucket and a distribution (../../../src/it/moto-server.groovy), and the build
// pointed at them through .mvn/maven.config.
def moto = new GroovyShell(new Binding(basedir: basedir, bucket: 'it-debug-log'))
        .evaluate(new File(basedir, '../../../src/it/moto-server.groovy'))
if (moto != null) {
    new File(basedir, '.mvn/maven.config').text = "-Dsorry.aws.endpoint=${moto.endpoint} -Dsorry.target=s3://it-debug-log/sorry" +
            " -Dsorry.cloudfront.distributionIds=${moto.distribution}\n"
}
return true
