// The dry run's preflight reads the distribution (GetDistribution): moto_server with a distribution
// (../../../src/it/moto-server.groovy), and the build pointed at it through .mvn/maven.config.
def moto = new GroovyShell(new Binding(basedir: basedir, bucket: null))
        .evaluate(new File(basedir, '../../../src/it/moto-server.groovy'))
if (moto != null) {
    new File(basedir, '.mvn/maven.config').text = "-Dsorry.aws.endpoint=${moto.endpoint} -Dsorry.cloudfront.distributionIds=${moto.distribution}\n"
}
return true
