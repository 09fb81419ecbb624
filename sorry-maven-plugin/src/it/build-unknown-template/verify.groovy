def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains("site-src/pages/maintenance.md: uses template 'fancy', but templates/fancy.html does not exist (available: page)")
assert !(log =~ /\tat [a-z]/) : 'no stack trace for a user mistake'
assert !new File(basedir, 'target/sorry/site').exists() : 'nothing may be written'
return true
