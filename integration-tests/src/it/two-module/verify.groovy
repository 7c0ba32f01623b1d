// common ships the declaration in its jar; app writes the cookie with no declaration of its own
// and builds, generating nothing, since the cookie is common's.
import java.util.zip.ZipFile

def log = new GroovyClassLoader(getClass().classLoader).parseClass(new File(buildLogScript))
    .newInstance(basedir)
log.assertBuild('SUCCESS')
log.assertNo('undeclared')

new ZipFile(log.file('common/target/common-1.0.jar')).withCloseable { jar ->
  assert jar.getEntry('META-INF/cookie-registry/cookie-policy.json')
  def service = jar.getEntry('META-INF/services/io.cookieregistry.runtime.CookieRegistryProvider')
  assert service
  String registry = jar.getInputStream(service).getText('UTF-8').readLines()
      .find { it && !it.startsWith('#') }
  // Dependent modules look for registries in this package only.
  assert registry?.startsWith('io.cookieregistry.generated.CookieRegistry_com_example_common_')
  assert jar.getEntry(registry.replace('.', '/') + '.class')
}

log.file('app/target/app-1.0.jar')
log.file('app/target/classes/com/example/app/Preferences.class')
log.assertAbsent('app/target/classes/META-INF/cookie-registry')
log.assertAbsent('app/target/classes/META-INF/services')
