#!/usr/bin/env bash
# Runs BenchMain from the built module without Maven in the loop (mvn -pl bench dependency:build-classpath first).
cd "$(dirname "$0")"
[ -f target/cp.txt ] || mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/cp.txt
exec java -Xmx1g -cp "target/classes:$(cat target/cp.txt)" com.caseflow.bench.BenchMain "$@"
