// Declared in package-info.java, the framework's cookie compiles with no cookie diagnostic at all
// (the unused lint is an error here: declared framework cookies count as written), and the policy
// lists both cookies.
import groovy.json.JsonSlurper

def log = new GroovyClassLoader(getClass().classLoader).parseClass(new File(buildLogScript))
    .newInstance(basedir)
log.assertBuild('SUCCESS')
assert !log.lines.any { it.contains('[cookieregistry:') }

def json = new JsonSlurper().parse(
    log.file('target/classes/META-INF/cookie-registry/cookie-policy.json'), 'UTF-8')
assert json.cookies*.name.sort() == ['JSESSIONID', 'XSRF-TOKEN']
