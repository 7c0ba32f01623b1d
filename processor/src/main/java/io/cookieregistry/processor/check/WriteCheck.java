package io.cookieregistry.processor.check;

import io.cookieregistry.processor.ProcessorOptions;
import io.cookieregistry.processor.Reporter;
import io.cookieregistry.runtime.CookieRegistry;
import javax.annotation.processing.ProcessingEnvironment;

/**
 * The check of cookie writes against the declarations. Work in progress: the processor already
 * hands it the declarations; the scan of attributed trees lands with the call-site issue.
 */
public final class WriteCheck {
  private WriteCheck() {}

  /** Prepares the check for a compilation. */
  public static WriteCheck install(ProcessingEnvironment env, ProcessorOptions options,
      Reporter reporter) {
    return new WriteCheck();
  }

  /** Receives every declaration the compilation may write: its own and its dependencies'. */
  public void declarationsReady(CookieRegistry declared) {}
}
