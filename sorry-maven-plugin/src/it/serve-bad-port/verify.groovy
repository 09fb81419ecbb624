def log = new File(basedir, 'build.log').text
assert log.contains('sorry.serve.port: 70000 is not a TCP port (fix: use a number from 1 to 65535 (or 0 for any free port))')
assert !log.contains('Caused by: io.github.sorrysite')
assert !new File(basedir, 'target/sorry-serve').exists()
return true
