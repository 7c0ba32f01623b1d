// Both undeclared writes are errors of the same build, each at its own line, with a suggestion
// where a declared name is near; the declared write beside them is not reported.
def log = new GroovyClassLoader(getClass().classLoader).parseClass(new File(buildLogScript))
    .newInstance(basedir)
log.assertBuild('FAILURE')

String visitors = 'src/main/java/com/example/shop/Visitors.java'
String typo = log.errorAt(visitors, log.lineOf(visitors, 'new Cookie("visitor_uid"'), 'undeclared')
assert typo.contains("visitor_uid")
assert typo.toLowerCase().contains("did you mean 'visitor_id'")

String banner = 'src/main/java/com/example/shop/Banner.java'
assert log.errorAt(banner, log.lineOf(banner, 'new Cookie("promo_banner"'), 'undeclared')
    .contains('promo_banner')

log.assertNothingAt(visitors, log.lineOf(visitors, 'new Cookie("visitor_id"'))
