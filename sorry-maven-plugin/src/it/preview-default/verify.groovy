import javax.imageio.ImageIO

def preview = new File(basedir, 'target/sorry/preview')
def log = new File(basedir, 'build.log').text
assert log.contains('Preview: 8 screenshot(s) of 2 page(s) in target/sorry/preview/report.html')
assert log =~ /maintenance\.html\s+inline \d+\/1024 characters, \d+ bytes/
['maintenance', 'ja/maintenance'].each { page ->
    [desktop: 1280, phone: 390].each { viewport, width ->
        ['full', 'inline'].each { variant ->
            def png = new File(preview, "${page}-${variant}-${viewport}.png")
            assert png.isFile() : "missing ${png}"
            assert ImageIO.read(png).width == width
        }
    }
}
def report = new File(preview, 'report.html').text
assert report.contains('src="maintenance-full-desktop.png"')
assert report.contains('src="ja/maintenance-full-phone.png"')
assert report.contains('src="ja/maintenance-inline-phone.png"')
// The real build is left as sorry:build makes it, with no temporary preview build behind.
assert new File(basedir, 'target/sorry/site/maintenance.html').isFile()
assert !new File(basedir, 'target/sorry').list().any { it.startsWith('.') }
return true
