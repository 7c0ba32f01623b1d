package io.cookieregistry.processor.declare;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import io.cookieregistry.CookieProvider;
import io.cookieregistry.DeclaredCookie;
import io.cookieregistry.DeclaredCookies;
import io.cookieregistry.processor.ProcessorTesting;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import org.junit.jupiter.api.Test;

/**
 * The declaring elements found by {@link AnnotatedElements} are javac's own answer, {@code
 * RoundEnvironment.getElementsAnnotatedWithAny}, in its order, wherever the annotations can stand.
 */
class AnnotatedElementsTest {
  private static final String COOKIE = "@io.cookieregistry.DeclaredCookie(name = \"%s\", category ="
      + " io.cookieregistry.CookieCategory.NECESSARY, purpose = \"p\", duration = \"session\")";

  @Test
  void findsWhatJavacFindsInItsOrder() {
    Comparing processor = new Comparing();
    Compilation compilation = Compiler.javac().withProcessors(processor).compile(
        JavaFileObjects.forSourceString("test.package-info",
            cookie("pkg") + "\npackage test;"),
        JavaFileObjects.forSourceString("test.Everywhere", String.join("\n",
            "package test;",
            "import io.cookieregistry.*;",
            cookie("type"),
            "@CookieProvider(\"Acme\")",
            "public class Everywhere<T> extends Base {",
            "  " + cookie("field") + " String field;",
            "  String plain;",
            "  " + cookie("ctor") + " Everywhere() {}",
            "  " + cookie("m1") + " " + cookie("m2") + " void twice(@Deprecated String p) {}",
            "  void parameterOnly(@Deprecated String p) {}",
            "  " + cookie("nested") + " static class Nested {",
            "    " + cookie("deep") + " interface Deep {",
            "      " + cookie("constant") + " String C = \"c\";",
            "    }",
            "  }",
            "  enum Kind { " + cookie("constant-of-enum") + " A, B }",
            "  record Pair(" + cookie("component") + " String a, String b) {",
            "    " + cookie("compact") + " Pair {}",
            "  }",
            "  @interface Marker { " + cookie("element") + " String value() default \"\"; }",
            "  void local() { " + cookie("local") + " class Local {} }",
            "}",
            "class Base {}",
            cookie("after"),
            "class After {}")),
        JavaFileObjects.forSourceString("test.Plain", "package test; class Plain { int x; }"));

    assertThat(compilation).succeeded();
    assertTrue(processor.rounds > 0, "the processor ran");
    // Not vacuous: javac finds the package, nested members, a record's accessor and the rest.
    assertTrue(processor.javac.containsAll(List.of("PACKAGE unnamed module.test",
        "INTERFACE test.Everywhere.Nested.test.Everywhere.Nested.Deep",
        "ENUM_CONSTANT test.Everywhere.Kind.A", "METHOD test.Everywhere.Pair.a()",
        "METHOD test.Everywhere.Marker.value()", "METHOD test.Everywhere.twice(java.lang.String)",
        "CLASS test.test.After")), "javac's answer: " + processor.javac);
    assertEquals(processor.javac, processor.ours);
  }

  @Test
  void findsNothingWhereNothingIsDeclared() {
    Comparing processor = new Comparing();
    Compilation compilation = Compiler.javac().withProcessors(processor).compile(
        JavaFileObjects.forSourceString("test.Plain",
            "package test; @Deprecated class Plain { @Deprecated int x; }"));

    assertThat(compilation).succeeded();
    assertTrue(processor.rounds > 0, "the processor ran");
    assertEquals(List.of(), processor.ours);
    assertEquals(processor.javac, processor.ours);
  }

  private static String cookie(String name) {
    return String.format(COOKIE, name);
  }

  /** Records both answers, as text, for every round. */
  private static final class Comparing extends ProcessorTesting.AnyAnnotationProcessor {
    final List<String> javac = new ArrayList<>();
    final List<String> ours = new ArrayList<>();
    int rounds;

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      rounds++;
      Set<TypeElement> types = new LinkedHashSet<>();
      for (Class<?> type : List.of(DeclaredCookie.class, DeclaredCookies.class,
          CookieProvider.class)) {
        types.add(processingEnv.getElementUtils().getTypeElement(type.getCanonicalName()));
      }
      for (Element e : round.getElementsAnnotatedWithAny(types.toArray(new TypeElement[0]))) {
        javac.add(describe(e));
      }
      for (Element e : AnnotatedElements.find(round.getRootElements(), types)) {
        ours.add(describe(e));
      }
      return false;
    }

    private static String describe(Element e) {
      return e.getKind() + " " + e.getEnclosingElement() + "." + e;
    }
  }
}
