// The same live HTTPS sorry URL as verify-live, with a certificate that expires in 5 days.
// basedir is sorry-maven-plugin/target/it/verify-expiring-cert.
binding.setVariable('certificateDays', 5)
evaluate(new File(basedir, '../../../src/it/verify-live/prebuild.groovy'))
