// The runs of invoker.properties append to one build.log, in order.
def log = new File(basedir, 'build.log').getText('UTF-8')

// 1. sorry:build: warnings only, then the budget error in pom and -D terms.
assert log.contains('[WARNING] -Dsorry.dryrun is not a property of any sorry goal and is ignored; did you mean -Dsorry.dryRun?')
assert log.contains('[WARNING] -Dsorry.inline.budgetUnit=bytes is ignored: the pom\'s <configuration> sets <inlineBudgetUnit>chars</inlineBudgetUnit>')
assert !log.contains('-Dsorry.cloudfront.wait=true is') : 'a property another goal reads is normal use'
assert !log.contains('-Dsorry.fingerprint=true is') : 'a -D that agrees with nothing in the pom is fine'
assert log.contains('<inlineBudget> / -Dsorry.inline.budget: 2000 is outside 1..1024')

// 3. sorry:publish refuses the typo before any work.
assert log.contains('-Dsorry.dryrun is not a property of any sorry goal and is ignored; did you mean -Dsorry.dryRun?; sorry:publish changes remote state, so it does not run with a property it would ignore')

// 4. sorry:publish refuses a -D the pom shadows, naming both values and how to make it overridable.
assert log =~ /-Dsorry\.target=file:\/\/\/tmp\/sorry-staging-mirror is ignored: the pom's <configuration> sets <target>file:\/\/\S+\/mirror<\/target> \(to make it overridable, move the value to <properties><sorry\.target>/
assert !new File('/tmp/sorry-staging-mirror').exists()

assert !new File(basedir, 'target/mirror').exists() : 'every publish here was a dry run or refused'
return true
