// The CSRF cookie that Spring Security writes is an error at the line that configures it, naming
// the framework; the session cookie that form login implies is declared, so nothing else is said.
def log = new GroovyClassLoader(getClass().classLoader).parseClass(new File(buildLogScript))
    .newInstance(basedir)
log.assertBuild('FAILURE')

String config = 'src/main/java/com/example/app/SecurityConfig.java'
String csrf = log.errorAt(config, log.lineOf(config, 'withHttpOnlyFalse()'), 'undeclared')
assert csrf.contains("cookie 'XSRF-TOKEN' is written by Spring Security's CookieCsrfTokenRepository")
assert csrf.contains('@DeclaredCookie(name = "XSRF-TOKEN"')
log.assertNothingAt(config, log.lineOf(config, '.formLogin('))
// Maven prints each compiler error twice (in the compiler's output and in its summary).
assert log.lines.findAll { it.startsWith('[ERROR] ') && it.contains('[cookieregistry:') }
    .toSet().size() == 1
