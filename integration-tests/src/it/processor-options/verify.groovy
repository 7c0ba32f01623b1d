// -Acookieregistry.site names the site in every policy format; -Acookieregistry.registry names
// the generated class, which ServiceLoader is told about instead of a default name.
import groovy.json.JsonSlurper

def log = new GroovyClassLoader(getClass().classLoader).parseClass(new File(buildLogScript))
    .newInstance(basedir)
log.assertBuild('SUCCESS')
log.assertNo('bad-option')

String policy = 'target/classes/META-INF/cookie-registry/cookie-policy'
assert log.file("${policy}.md").readLines('UTF-8').contains('## What cookies are used on shop.example')
assert new JsonSlurper().parse(log.file("${policy}.json"), 'UTF-8').site == 'shop.example'
assert log.file("${policy}.html").getText('UTF-8').contains('shop.example')

log.file('target/classes/com/example/ShopCookies.class')
String service = 'target/classes/META-INF/services/io.cookieregistry.runtime.CookieRegistryProvider'
assert log.file(service).readLines('UTF-8').contains('com.example.ShopCookies')
log.assertAbsent('target/classes/io/cookieregistry/generated')
