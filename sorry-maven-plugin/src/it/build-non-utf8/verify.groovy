def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('site-src/pages/maintenance.md:2: is not valid UTF-8') : 'message must name the file'
assert log.contains('save the file as UTF-8')
assert !(log =~ /\tat [a-z]/) : 'no stack trace for a user mistake'
assert !new File(basedir, 'target/sorry/site').exists() : 'nothing may be written'
return true
