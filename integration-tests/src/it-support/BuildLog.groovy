// Assertions on a fixture's build.log and output, shared by the verify.groovy scripts (which load
// this class through the buildLogScript variable the invoker plugin passes them).
class BuildLog {
  final File basedir
  final List<String> lines

  BuildLog(File basedir) {
    this.basedir = basedir
    this.lines = new File(basedir, 'build.log').readLines('UTF-8')
  }

  /** The 1-based line of the only line of {@code source} that contains {@code snippet}. */
  int lineOf(String source, String snippet) {
    List<String> text = file(source).readLines('UTF-8')
    List<Integer> found = text.findIndexValues { it.contains(snippet) }*.intValue()
    if (found.size() != 1) {
      throw new AssertionError("expected one line with '$snippet' in $source, found ${found.size()}")
    }
    return found[0] + 1
  }

  /**
   * The compiler error that Maven prints for {@code source} at {@code line} with the diagnostic
   * key, its continuation lines included. Maven prints {@code [ERROR] /…/File.java:[LINE,COL] msg}.
   */
  String errorAt(String source, int line, String key) {
    String fileName = new File(source).name
    def at = ~/^\[ERROR\] .*[\\\/]${java.util.regex.Pattern.quote(fileName)}:\[${line},\d+\] /
    int start = lines.findIndexOf { it =~ at && it.contains("[cookieregistry:$key]") }
    if (start < 0) {
      throw new AssertionError("no [ERROR] $fileName:[$line,…] [cookieregistry:$key] in build.log;"
          + " its cookieregistry lines:\n" + lines.findAll { it.contains('[cookieregistry:') }.join('\n'))
    }
    List<String> message = [lines[start]]
    for (int i = start + 1; i < lines.size() && !lines[i].startsWith('['); i++) {
      message << lines[i]
    }
    return message.join('\n')
  }

  /** Fails if the compiler reported anything at this line of {@code source}. */
  void assertNothingAt(String source, int line) {
    String fileName = java.util.regex.Pattern.quote(new File(source).name)
    List<String> hits = lines.findAll { it =~ /[\\\/]${fileName}:\[${line},\d+\]/ }
    if (hits) {
      throw new AssertionError("unexpected diagnostics at $source:$line:\n" + hits.join('\n'))
    }
  }

  /** Fails if the processor reported any error or warning of the given key. */
  void assertNo(String key) {
    List<String> hits = lines.findAll { it.contains("[cookieregistry:$key]") }
    if (hits) {
      throw new AssertionError("unexpected [cookieregistry:$key]:\n" + hits.join('\n'))
    }
  }

  /** Fails unless Maven's own summary says how the build ended. */
  void assertBuild(String outcome) {
    if (!lines.any { it.contains("BUILD $outcome") }) {
      throw new AssertionError("build.log does not say BUILD $outcome")
    }
  }

  /** A file of the fixture, which must exist. */
  File file(String path) {
    File f = new File(basedir, path)
    if (!f.isFile()) {
      throw new AssertionError("missing $path")
    }
    return f
  }

  /** Fails if the fixture has this file or folder. */
  void assertAbsent(String path) {
    if (new File(basedir, path).exists()) {
      throw new AssertionError("unexpected $path")
    }
  }
}
