def log = new File(basedir, 'build.log').text
assert log.contains('the self-contained inline variant does not fit the budget of 1024 chars')
assert log.contains('the ALB limit is 1024 characters')
assert log.contains('largest elements:')
assert log.contains('largest CSS rules:')
assert log =~ /self-contained: \d+ chars \/ \d+ bytes, \d+ chars over 1024/
assert log.contains('sorry.inline.strategy=auto')
assert !(log =~ /\tat io\.github\.sorrysite/) : 'a user mistake is reported without a stack trace'
assert log =~ /largest CSS rules:\s+\[ERROR\]\s+\d+  \.card\{/ : 'rules are shown with the names the user wrote'
assert log.contains('try: set sorry.inline.strategy=auto')
assert !new File(basedir, 'target/sorry/alb').exists() : 'a failed build writes nothing'
return true
