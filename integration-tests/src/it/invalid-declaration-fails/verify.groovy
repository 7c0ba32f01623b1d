// The invalid name is an error on its own annotation, and nothing is generated from declarations
// that must be fixed first.
def log = new GroovyClassLoader(getClass().classLoader).parseClass(new File(buildLogScript))
    .newInstance(basedir)
log.assertBuild('FAILURE')

String checkout = 'src/main/java/com/example/shop/Checkout.java'
assert log.errorAt(checkout, log.lineOf(checkout, '"bad name"'), 'invalid-name').contains('bad name')
log.assertNothingAt(checkout, log.lineOf(checkout, '"cart"'))

log.assertAbsent('target/classes/META-INF/cookie-registry')
log.assertAbsent('target/classes/META-INF/services/io.cookieregistry.runtime.CookieRegistryProvider')
