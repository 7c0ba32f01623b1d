// -Werror turns any warning of the compilation, the processor's or javac's about what the
// processor generates, into a failed build; the invoker already requires success, this names why.
def log = new GroovyClassLoader(getClass().classLoader).parseClass(new File(buildLogScript))
    .newInstance(basedir)
log.assertBuild('SUCCESS')
assert !log.lines.any { it.startsWith('[WARNING]') && it.contains('annotation processing') }
log.file('target/classes/META-INF/cookie-registry/cookie-policy.md')
log.file('target/classes/com/example/shop/Consent.class')
true
