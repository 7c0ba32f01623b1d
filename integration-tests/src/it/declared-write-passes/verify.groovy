// The build succeeded (the invoker checks that); here: what it must have shipped.
import groovy.json.JsonSlurper

def log = new GroovyClassLoader(getClass().classLoader).parseClass(new File(buildLogScript))
    .newInstance(basedir)
log.assertBuild('SUCCESS')
log.assertNo('undeclared')

String policy = 'target/classes/META-INF/cookie-registry/cookie-policy'
List<String> md = log.file("${policy}.md").readLines('UTF-8')
int row = md.findIndexOf {
  it == '| Example Shop | Sign-in | sessionid | To keep the visitor signed in | Session | First party |'
}
assert row > 0 : 'the Markdown policy lacks the sessionid row'
assert md[0..<row].findAll { it.startsWith('### ') }.last() == '### Necessary cookies'

def json = new JsonSlurper().parse(log.file("${policy}.json"), 'UTF-8')
assert json.cookies*.name == ['sessionid']
assert json.cookies[0].category == 'NECESSARY' && json.cookies[0].provider == 'Example Shop'

String html = log.file("${policy}.html").getText('UTF-8')
assert html.contains('<code>sessionid</code>')
assert html.contains('<h3 id="cookies-necessary">Necessary cookies</h3>')
assert html.contains('<table aria-labelledby="cookies-necessary">')
// Every language's page is written too.
String french = log.file("${policy}.fr.html").getText('UTF-8')
assert french.contains('<html lang="fr">') && french.contains('<code>sessionid</code>')

// ServiceLoader must find a registry class that was really compiled.
String service = 'target/classes/META-INF/services/io.cookieregistry.runtime.CookieRegistryProvider'
List<String> registries = log.file(service).readLines('UTF-8').findAll { it && !it.startsWith('#') }
assert registries.size() == 1
assert new File(basedir, "target/classes/${registries[0].replace('.', '/')}.class").isFile()
