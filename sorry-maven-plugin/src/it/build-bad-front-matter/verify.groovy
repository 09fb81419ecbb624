def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('site-src/pages/maintenance.md:4: malformed front matter') : 'message must name file and line'
assert log.contains('flow sequence that starts on line 3') : 'message must point at the unclosed bracket'
assert log.contains('fix: ')
assert !(log =~ /\tat [a-z]/) : 'no stack trace for a user mistake'
assert !new File(basedir, 'target/sorry/site').exists() : 'nothing may be written'
return true
