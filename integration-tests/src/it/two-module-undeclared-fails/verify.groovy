// common builds; app fails at its undeclared write only, and the suggestion comes from common's
// declarations: a dependency's registry counts as declared for writes and for hints alike.
def log = new GroovyClassLoader(getClass().classLoader).parseClass(new File(buildLogScript))
    .newInstance(basedir)
log.assertBuild('FAILURE')
log.file('common/target/common-1.0.jar')

String theme = 'app/src/main/java/com/example/app/Theme.java'
String error = log.errorAt(theme, log.lineOf(theme, 'new Cookie("themes"'), 'undeclared')
assert error.contains('themes')
assert error.toLowerCase().contains("did you mean 'theme'")
log.assertNothingAt(theme, log.lineOf(theme, 'new Cookie("theme"'))
