// Runs where moto_server is on the PATH; on CI (CI=true) always, so a missing moto fails there.
def onPath = System.getenv('PATH').split(File.pathSeparator).any { new File(it, 'moto_server').canExecute() }
if (!onPath) {
    println "alb-switch-moto: moto_server is not on the PATH" + (System.getenv('CI') == 'true' ? " (CI: running anyway, to fail)" : "; skipped")
}
return onPath || System.getenv('CI') == 'true'
