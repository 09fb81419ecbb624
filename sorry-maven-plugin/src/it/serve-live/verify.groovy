def served = new File(basedir, 'served.txt').text.readLines()
assert served == [
        'page 503 text/html; charset=utf-8',
        'h1 We’ll be right back',
        'ja 503 ただいまメンテナンス中です',
        'asset 200 text/css; charset=utf-8',
        'alb 503 text/html',
        'rebuilt Back at six',
] : served.join('\n')
def log = new File(basedir, 'build.log').text
assert log.contains('Changed: site-src/pages/maintenance.md')
assert log.contains('Stopped the sorry preview server.')
return true
