#!/usr/bin/env bash
# Cold compilations of the synthetic code bases (see BENCHMARKS.md). Build first:
#   mvn -B -q -DskipTests package
# then: benchmarks/cold-compile.sh [javac|maven|classes|jit|threads|instructions] [runs] [sizes...]
# (instructions counts under valgrind, which must be on the PATH)
# Environment: JAVA (default: java on the PATH) picks the JDK; SCALE multiplies the declarations
# and writes of every declaring class (default 1); PROCESSOR_JAR measures another build of the
# processor jar (an earlier commit's, to compare).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
version=$(sed -n 's:^  <version>\(.*\)</version>:\1:p' "$root/pom.xml" | head -1)
repo=${M2_REPO:-$HOME/.m2/repository}
servlet_version=$(sed -n 's:.*<servlet-api.version>\(.*\)</servlet-api.version>.*:\1:p' "$root/pom.xml")
annotations=$root/annotations/target/cookie-registry-annotations-$version.jar
runtime=$root/runtime/target/cookie-registry-runtime-$version.jar
processor=${PROCESSOR_JAR:-$root/processor/target/cookie-registry-processor-$version.jar}
servlet=$repo/jakarta/servlet/jakarta.servlet-api/$servlet_version/jakarta.servlet-api-$servlet_version.jar
for jar in "$annotations" "$runtime" "$processor" "$servlet" "$root/benchmarks/target/benchmarks.jar"; do
  [ -f "$jar" ] || { echo "missing $jar: build first (mvn -B -q -DskipTests package)" >&2; exit 1; }
done
exec "${JAVA:-java}" -Dbench.scale="${SCALE:-1}" \
  -Dbench.classpath="$annotations:$runtime:$servlet" \
  -Dbench.processorpath="$processor:$annotations:$runtime" \
  -cp "$root/benchmarks/target/benchmarks.jar" \
  io.cookieregistry.benchmarks.compile.ColdCompileBenchmark "$@"
