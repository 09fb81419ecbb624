def log = new File(basedir, 'build.log').getText('UTF-8')
def mirror = new File(basedir, 'mirror')
// The old property names still work, with a warning; the error names the pom element and the new property.
assert log.contains('-Dsorry.maxDeletes is deprecated; use -Dsorry.publish.maxDeletes')
assert log.contains('-Dsorry.deleteStale is deprecated; use -Dsorry.publish.deleteStale')
assert log =~ /<maxDeletes> \/ -Dsorry\.publish\.maxDeletes: 3 objects under file:\S+\/mirror\/ are not in the built site and would be deleted/
assert log.contains('-Dsorry.publish.maxDeletes=3')
assert log.contains('Caused by: org.apache.maven.plugin.MojoFailureException: ') : 'a user mistake is a failure, not an execution error'
assert new File(mirror, 'old-1.html').isFile() && new File(mirror, 'old-2.html').isFile() && new File(mirror, 'old/old-3.html').isFile()
assert !new File(mirror, 'maintenance.html').exists() : 'refused before any upload'
assert !new File(mirror, 'sorrycontent').exists() : 'refused before any upload'
return true
