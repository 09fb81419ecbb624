// Whatever happened, stop moto; then look for the secret key and the session token everywhere.
def pid = new File(basedir, 'moto.pid')
if (pid.exists()) {
    ProcessHandle.of(pid.text.trim() as long).ifPresent { it.destroyForcibly() }
}
if (new File(basedir, 'skipped').exists()) {
    return true
}
def secret = 'it-secret-key-Zq8wXv3Rk5Lm'
def token = 'it-session-token-Hf7Tj2Pp9Qs4Wd6Yb1Nc'
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[DEBUG]') : 'the build ran with -X'
assert log.contains('Published to s3://it-debug-log/sorry/') : 'the publish went through'
assert log.contains('Invalidation ') : 'and invalidated, so CloudFront was called with the token too'
assert !log.contains(secret) : 'the secret key is in build.log'
assert !log.contains(token) : 'the session token is in build.log'
new File(basedir, 'target').eachFileRecurse(groovy.io.FileType.FILES) { file ->
    def text = file.getText('ISO-8859-1')
    assert !text.contains(secret) : "the secret key is in ${file}"
    assert !text.contains(token) : "the session token is in ${file}"
}
return true
