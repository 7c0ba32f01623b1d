package io.cookieregistry.benchmarks.compile;

import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * Claims {@code *} and does nothing: the floor that every build with any annotation processor
 * (Lombok, MapStruct, AutoValue) already pays, since javac then runs its processing rounds.
 * {@link WalkFloor} adds a walk of the trees to it.
 */
public class NoOpProcessor extends AbstractProcessor {
  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of("*");
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    return false;
  }
}
