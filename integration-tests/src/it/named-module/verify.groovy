// The module compiled with its registry, and its descriptor provides that registry: inside a named
// module, ServiceLoader (and so CookieRegistry.load()) reads provides clauses, not META-INF/services.
import java.lang.module.ModuleDescriptor

def log = new GroovyClassLoader(getClass().classLoader).parseClass(new File(buildLogScript))
    .newInstance(basedir)
log.assertBuild('SUCCESS')
log.assertNo('undeclared')
log.assertNo('output')

assert log.file('target/classes/com/example/shop/ShopCookies.class').isFile()
ModuleDescriptor module = log.file('target/classes/module-info.class').withInputStream {
  ModuleDescriptor.read(it)
}
assert module.name() == 'com.example.shop'
def provides = module.provides().find { it.service() == 'io.cookieregistry.runtime.CookieRegistryProvider' }
assert provides != null && provides.providers() == ['com.example.shop.ShopCookies']
assert module.packages().contains('com.example.shop')
