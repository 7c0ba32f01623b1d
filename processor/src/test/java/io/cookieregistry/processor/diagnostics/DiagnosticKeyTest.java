package io.cookieregistry.processor.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cookieregistry.runtime.DeclarationProblem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DiagnosticKeyTest {

  @ParameterizedTest
  @EnumSource(DeclarationProblem.Rule.class)
  void everyDeclarationRuleIsReportedUnderItsOwnKey(DeclarationProblem.Rule rule) {
    assertEquals(rule.name(), DiagnosticKey.of(rule).name());
  }
}
