def log = new File(basedir, 'build.log').getText('UTF-8')
['sorry:build', 'sorry:lint', 'sorry:publish', 'sorry:preview', 'sorry:serve', 'sorry:help'].each {
    assert log.contains(it) : "sorry:help lists ${it}"
}
// The detail of one goal: its parameters, their user properties and their documentation.
assert log.contains('User property: sorry.target')
assert log.contains('User property: sorry.aws.endpoint')
assert log.contains('User property: sorry.publish.maxDeletes')
assert log.contains('Endpoint for every AWS client')
return true
