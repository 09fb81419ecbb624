def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('site-src/pages/maintenance.md: references /sorrycontent/img/map.png, but site-src/sorrycontent/img/map.png does not exist')
assert !(log =~ /\tat [a-z]/) : 'no stack trace for a user mistake'
assert !new File(basedir, 'target/sorry/site').exists() : 'nothing may be written'
return true
