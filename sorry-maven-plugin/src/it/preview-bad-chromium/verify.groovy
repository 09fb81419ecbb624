def log = new File(basedir, 'build.log').text
assert log.contains("sorry.chromium: '/nonexistent/chromium' is not an executable file (fix: point it at the Chromium binary")
// A user mistake: one line (the invoker runs with -e, so only check that no core exception is chained), nothing built.
assert !log.contains('Caused by: io.github.sorrysite')
assert !new File(basedir, 'target/sorry').exists()
return true
