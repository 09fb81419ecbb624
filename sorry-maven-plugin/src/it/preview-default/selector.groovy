// Runs only where a browser is installed (CI installs chromium with apt-get).
def names = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']
def found = System.getenv('PATH').split(File.pathSeparator).any { dir -> names.any { new File(dir, it).canExecute() } }
if (!found) {
    println 'preview-default skipped: no Chromium on PATH (apt-get install chromium)'
}
return found
