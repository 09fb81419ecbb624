try {
    def log = new File(basedir, 'build.log').text
    // the first sorry:on: app rules moved out of the way, five rules created, tagged, in order
    assert log.contains('Plan for sorry:on on ') : log
    assert log =~ /\+ create +1 +test-path/
    assert log =~ /\+ create +2 +bypass/
    assert log =~ /\+ create +3 +path:ja/
    assert log =~ /\+ create +4 +accept-language:ja/
    assert log =~ /\+ create +5 +default/
    assert log =~ /> move +your rule \w+ 2->7, your rule \w+ 1->6/
    // the dry run printed the same plan and wrote nothing
    assert log.contains('Dry run (sorry.dryRun): nothing changed')
    assert log.indexOf('Dry run (sorry.dryRun): nothing changed') < log.indexOf('sorry:on: 8 write calls made')
    assert (log =~ /Plan for sorry:on on \S+: 8 write calls/).count == 2
    assert log.contains('sorry:on: 8 write calls made')
    // sorry:status while on: every body is the current build's
    def on = log.indexOf('Sorry page on ')
    assert on > 0 && log.substring(on).startsWith('Sorry page on arn:aws:elasticloadbalancing:us-east-1:')
    assert log.contains(': on\n') || log.contains(': on\r\n')
    assert (log =~ /ja\/maintenance\.html current \(/).count == 2
    // test path and catch-all while on, the test path while off
    assert (log =~ / maintenance\.html current \(/).count == 3
    // sorry:on again: nothing to write
    assert log.contains('Plan for sorry:on') && log.contains('nothing to change')
    assert log.contains('sorry:on: the listener is already as wanted; nothing written')
    // sorry:off: four deletes, the test path stays, app rules move back behind it
    assert log =~ /- delete +5 +default/
    assert log =~ /- delete +2 +bypass/
    assert log.contains('the test-path rule at 1 stays')
    assert log.contains('sorry:off: 5 write calls made')
    assert log.contains('off (test path only)')
    assert !log.contains('[ERROR]') : log
    // the bodies the listener answers with are the build's files
    assert new File(basedir, 'target/sorry/alb/maintenance.html').length() > 0
    assert new File(basedir, 'target/sorry/alb/ja/maintenance.html').length() > 0
} finally {
    def pid = new File(basedir, 'moto.pid')
    if (pid.exists()) {
        ProcessHandle.of(pid.text.trim() as long).ifPresent { moto ->
            moto.destroy()
            try {
                moto.onExit().get(10, java.util.concurrent.TimeUnit.SECONDS)
            } catch (java.util.concurrent.TimeoutException stillRunning) {
                moto.destroyForcibly()
            }
        }
    }
}
return true
