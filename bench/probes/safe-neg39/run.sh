#!/usr/bin/env bash
# Compiles the 40 probe39 programs with all lint warnings as errors, then runs each
# program's main and checks that it exits 0 and prints "OK <ClassName>".
set -u
cd "$(dirname "$0")"
rm -rf out
mkdir -p out
if ! javac --release 17 -Xlint:all -Werror -d out probe39/*.java; then
    echo "FAIL: compilation"
    exit 1
fi
count=0
failed=0
for f in probe39/SI*.java; do
    cls=$(basename "$f" .java)
    count=$((count + 1))
    lines=$(wc -l < "$f")
    if [ "$lines" -lt 114 ] || [ "$lines" -gt 170 ]; then
        echo "FAIL: $cls has $lines lines (expected 114-170)"
        failed=$((failed + 1))
        continue
    fi
    output=$(timeout 120 java -cp out "probe39.$cls" 2>&1)
    rc=$?
    if [ "$rc" -ne 0 ] || ! printf '%s\n' "$output" | grep -qx "OK $cls"; then
        echo "FAIL: $cls (exit $rc)"
        printf '%s\n' "$output" | tail -n 5
        failed=$((failed + 1))
    else
        echo "ok   $cls"
    fi
done
echo "programs: $count, failed: $failed"
if [ "$count" -ne 40 ] || [ "$failed" -ne 0 ]; then
    exit 1
fi
