// Main code is checked; the test compilation ran the processor (it wrote the test registry) but
// not the write check, so the tests' undeclared and dynamic cookie names raised nothing.
def log = new GroovyClassLoader(getClass().classLoader).parseClass(new File(buildLogScript))
    .newInstance(basedir)
log.assertBuild('SUCCESS')
log.assertNo('undeclared')
log.assertNo('dynamic-name')

String service = 'META-INF/services/io.cookieregistry.runtime.CookieRegistryProvider'
assert log.file("target/classes/${service}").isFile() : 'main code has its registry'
assert log.file("target/test-classes/${service}").isFile() : 'the processor ran on the tests'
assert log.file('target/test-classes/com/example/shop/LoginControllerTest.class').isFile()
