#!/usr/bin/env bash
# The compatibility matrix: the order-service twins (ci-examples/) built with each combination of
# Error Prone, SpotBugs, spotbugs-maven-plugin, JDK, class-file version and Maven that users run.
#
# A "pass" cell: on the broken twin the engine reports exactly its six findings (the write and
# read lines of the three maps), and the fixed twin passes. A "limit" cell is a combination that
# is known not to work (the tool refuses it); it passes when it is refused for that reason. A cell
# that cannot run here (a JDK or a Maven missing, no network for a download) is skipped, with the
# reason. Prints the matrix as a Markdown table and exits non-zero if any cell failed.
#
# Needs the reactor's artifacts in ci-examples/target/it-repo, which `mvn verify` puts there (the
# script runs the needed part of the build if they are missing). Environment overrides:
# JDK17_HOME, JDK25_HOME, MAVEN39_VERSION, EP_NEWEST (default: the newest on Maven Central).
set -uo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
EX="$ROOT/ci-examples"
IT_REPO="$EX/target/it-repo"
WORK="$EX/target/matrix"
OUTER_REPO="$HOME/.m2/repository" # unless the build says otherwise (below)
MAVEN39_VERSION="${MAVEN39_VERSION:-3.9.16}"
EP_PINNED=2.42.0
EP_KNOWN_NEWEST=2.52.0
PLUGIN_FOR_387=4.10.3.0
PLUGIN_NEWEST=4.10.4.1
PLUGIN_49=4.9.8.2
SB_410=4.10.4
SB_49=4.9.8

# The broken twin's findings: file:line of each write and read of the three maps.
EXPECTED="OrderEvents.java:32 OrderEvents.java:36 OrderRegistry.java:13 OrderRegistry.java:17 OrderService.java:19 OrderService.java:23"

log() { echo "compat-matrix: $*" >&2; }

rm -rf "$WORK"
mkdir -p "$WORK"

# --- What the machine has -------------------------------------------------------------------
find_jdk() { # find_jdk <feature version> <override>
  local want=$1 override=$2 home
  for home in $override /usr/lib/jvm/java-$want-openjdk-amd64 /usr/lib/jvm/temurin-$want-jdk-amd64 \
      /usr/lib/jvm/*-$want-* /usr/lib/jvm/*$want*; do
    [ -x "$home/bin/javac" ] || continue
    if "$home/bin/java" -version 2>&1 | grep -qE "version \"$want[.\"]"; then
      echo "$home"; return 0
    fi
  done
  return 1
}
JDK17=$(find_jdk 17 "${JDK17_HOME:-}") || JDK17=""
JDK25=$(find_jdk 25 "${JDK25_HOME:-}") || JDK25=""
log "JDK 17: ${JDK17:-not found}; JDK 25: ${JDK25:-not found}"

MVN387=$(command -v mvn || true)
MVN387_VERSION=$([ -n "$MVN387" ] && "$MVN387" -v 2>/dev/null | sed -e 's/\x1b\[[0-9;]*m//g' | sed -n 's/^Apache Maven \([0-9.]*\).*/\1/p')
log "machine's Maven: ${MVN387_VERSION:-none} ($MVN387)"

# The reactor's artifacts in the throwaway repository.
if ! ls "$IT_REPO"/io/github/mapinit/mapinit-spotbugs/*/mapinit-spotbugs-*.jar >/dev/null 2>&1; then
  log "no $IT_REPO yet: building the reactor's artifacts into it"
  (cd "$ROOT" && mvn -B -q -Dstyle.color=never -pl ci-examples -am verify -DskipITs -Dtest=none \
      -Dsurefire.failIfNoSpecifiedTests=false) >"$WORK/it-repo.log" 2>&1 \
    || { log "could not build the reactor's artifacts; see $WORK/it-repo.log"; tail -n 30 "$WORK/it-repo.log"; exit 1; }
fi
# The examples' settings, as the build filtered them: the regular local repository's URL in it.
if [ -f "$EX/target/test-classes/it-settings.xml" ]; then
  cp "$EX/target/test-classes/it-settings.xml" "$WORK/settings.xml"
  OUTER_REPO=$(sed -n 's|.*<url>file://\(.*\)</url>.*|\1|p' "$WORK/settings.xml" | head -n 1)
else
  sed "s|@outerRepoUrl@|file://$OUTER_REPO|" "$EX/src/test/resources/it-settings.xml" >"$WORK/settings.xml"
fi
# The reactor's version (the last one built into the throwaway repository), whatever version the
# examples' pom.xml names: a -Drevision=0.1.0 build is checked against 0.1.0.
MAPINIT_VERSION=$(ls -td "$IT_REPO"/io/github/mapinit/mapinit-spotbugs/*/ | head -n 1 | xargs basename)
log "mapinit version: $MAPINIT_VERSION"
MVN_ARGS="-B -s $WORK/settings.xml -Dmaven.repo.local=$IT_REPO -Dstyle.color=never -Dmapinit.version=$MAPINIT_VERSION"

# Maven 3.9.x, from Maven Central through Maven itself (kept in the regular local repository).
MVN39=""
MVN39_REASON=""
if [ -n "$MVN387" ] && "$MVN387" -B -q -Dstyle.color=never -Dmaven.repo.local="$OUTER_REPO" \
    org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
    -Dartifact="org.apache.maven:apache-maven:$MAVEN39_VERSION:tar.gz:bin" \
    -DoutputDirectory="$WORK" >"$WORK/maven39.log" 2>&1 \
  && tar -xzf "$WORK/apache-maven-$MAVEN39_VERSION-bin.tar.gz" -C "$WORK"; then
  MVN39="$WORK/apache-maven-$MAVEN39_VERSION/bin/mvn"
else
  MVN39_REASON="Maven $MAVEN39_VERSION could not be fetched from Maven Central (see $WORK/maven39.log)"
fi

# The newest Error Prone that Maven Central serves: Maven resolves RELEASE from Central's metadata.
if [ -z "${EP_NEWEST:-}" ]; then
  EP_NEWEST=$("$MVN387" -B -q -U -Dstyle.color=never -Dmaven.repo.local="$OUTER_REPO" \
      org.apache.maven.plugins:maven-dependency-plugin:3.8.1:get \
      -Dartifact=com.google.errorprone:error_prone_core:RELEASE -Dtransitive=false >"$WORK/ep-newest.log" 2>&1 \
    && ls "$OUTER_REPO"/com/google/errorprone/error_prone_core/maven-metadata-*.xml 2>/dev/null | grep -v -- '-local\.xml$' \
      | xargs sed -n 's:.*<release>\(.*\)</release>.*:\1:p' | sort -V | tail -n 1)
  if [ -z "$EP_NEWEST" ]; then
    EP_NEWEST=$EP_KNOWN_NEWEST
    log "could not ask Maven Central for the newest Error Prone (see $WORK/ep-newest.log); using $EP_NEWEST"
  fi
fi
log "newest Error Prone: $EP_NEWEST"

# --- One cell -------------------------------------------------------------------------------
ROWS=()
PASSED=0
FAILED=0
SKIPPED=0
N=0

row() { # row <result> then the cell's columns from the globals
  ROWS+=("| $N | $C_WHAT | $C_EP | $C_SB | $C_PLUGIN | JDK $C_JDK | $C_RELEASE | Maven $C_MVNV | $1 |")
  case "$1" in
    skipped*) SKIPPED=$((SKIPPED + 1)) ;;
    FAIL*) FAILED=$((FAILED + 1)) ;;
    *) PASSED=$((PASSED + 1)) ;;
  esac
  log "cell $N ($C_WHAT, EP $C_EP, SpotBugs $C_SB, plugin $C_PLUGIN, JDK $C_JDK, class files $C_RELEASE, Maven $C_MVNV): $1"
}

class_major() { # the major version of a class file
  od -An -j6 -N2 -tu1 "$1" | awk '{print $1 * 256 + $2}'
}

# Error Prone's findings in a compile log, as sorted File.java:line.
ep_findings() {
  sed -n 's/^\[ERROR\] .*\/\([A-Za-z]*\.java\):\[\([0-9]*\),[0-9]*\] \[UninitializedMapWrite\].*/\1:\2/p' "$1" | sort -u | tr '\n' ' ' | sed 's/ $//'
}

# SpotBugs' UMW findings in spotbugsXml.xml, as sorted File.java:line.
sb_findings() {
  grep -oP '<BugInstance [^>]*type=.UMW_UNINITIALIZED_MAP_WRITE.*?</BugInstance>' "$1" 2>/dev/null \
    | grep -oP "<SourceLine [^>]*primary='true'[^>]*>" \
    | sed -E "s/.*start='([0-9]+)'.*sourcefile='([^']+)'.*/\2:\1/; s/.*sourcefile='([^']+)'.*start='([0-9]+)'.*/\1:\2/" \
    | sort -u | tr '\n' ' ' | sed 's/ $//'
}

# cell <what: ep|sb|gate> <ep> <sb> <plugin> <jdk 17|25> <release> <maven 387|39> [limit <pattern> <why>]
cell() {
  N=$((N + 1))
  C_WHAT=$1 C_EP=$2 C_SB=$3 C_PLUGIN=$4 C_JDK=$5 C_RELEASE=$6 C_MVN=$7
  local limit_pattern="" limit_why=""
  if [ "${8:-}" = limit ]; then limit_pattern=$9; limit_why=${10}; fi
  local jdk mvn dir="$WORK/cell-$N"
  case "$C_JDK" in 17) jdk=$JDK17 ;; 25) jdk=$JDK25 ;; esac
  case "$C_MVN" in
    387) mvn=$MVN387; C_MVNV=${MVN387_VERSION:-?} ;;
    39) mvn=$MVN39; C_MVNV=$MAVEN39_VERSION ;;
  esac
  [ "$C_WHAT" = ep ] && { C_SB="-"; C_PLUGIN="-"; }
  if [ -z "$jdk" ]; then row "skipped: no JDK $C_JDK on this machine"; return; fi
  if [ -z "$mvn" ]; then row "skipped: ${MVN39_REASON:-no Maven on PATH}"; return; fi

  mkdir -p "$dir"
  cp -r "$EX/order-service" "$dir/broken"
  cp -r "$EX/order-service-fixed" "$dir/fixed"
  rm -rf "$dir"/*/target
  local props="-Derrorprone.version=$C_EP -Dmaven.compiler.release=$C_RELEASE"
  [ "$C_WHAT" != ep ] && props="$props -Dspotbugs.version=$C_SB -Dspotbugs-maven-plugin.version=$C_PLUGIN"

  local twin rc out result=""
  for twin in broken fixed; do
    out="$dir/$twin.log"
    case "$C_WHAT" in
      ep) (cd "$dir/$twin" && JAVA_HOME=$jdk timeout 600 "$mvn" $MVN_ARGS $props compile) >"$out" 2>&1 ;;
      sb) (cd "$dir/$twin" && JAVA_HOME=$jdk timeout 600 "$mvn" $MVN_ARGS $props -Derrorprone.umw=OFF verify) >"$out" 2>&1 ;;
      gate) (cd "$dir/$twin" && JAVA_HOME=$jdk timeout 900 make --no-print-directory check MVN="$mvn" \
              MVN_ARGS="$MVN_ARGS $props") >"$out" 2>&1 ;;
    esac
    rc=$?
    if [ -n "$limit_pattern" ]; then
      if [ $rc -ne 0 ] && grep -rqE "$limit_pattern" "$out" "$dir/$twin/target/gate" 2>/dev/null; then
        row "limit: $limit_why"
      elif [ $rc -ne 0 ]; then
        row "FAIL: refused, but not for the known reason; see ${out#$ROOT/}"
      else
        row "FAIL: expected to be refused ($limit_why), but it ran; update the matrix"
      fi
      return
    fi
    local got=""
    case "$C_WHAT" in
      ep) got=$(ep_findings "$out") ;;
      sb) got=$(sb_findings "$dir/$twin/target/spotbugsXml.xml") ;;
      gate)
        got="$(ep_findings "$dir/$twin/target/gate/errorprone.log") | $(sb_findings "$dir/$twin/target/spotbugsXml.xml")" ;;
    esac
    if [ "$twin" = broken ]; then
      local want=$EXPECTED
      [ "$C_WHAT" = gate ] && want="$EXPECTED | $EXPECTED"
      if [ $rc -eq 0 ]; then result="FAIL: the broken twin passed"; break; fi
      if [ "$got" != "$want" ]; then
        result="FAIL: broken twin: expected [$want], got [$got]; see ${out#$ROOT/}"; break
      fi
    else
      if [ $rc -ne 0 ]; then result="FAIL: the fixed twin failed; see ${out#$ROOT/}"; break; fi
      local class="$dir/fixed/target/classes/com/example/orders/OrderService.class"
      local major want_major=$((C_RELEASE + 44))
      major=$(class_major "$class" 2>/dev/null)
      if [ "$major" != "$want_major" ]; then
        result="FAIL: class files of version ${major:-none}, not $want_major (Java $C_RELEASE)"; break
      fi
    fi
  done
  row "${result:-pass}"
}

# --- The matrix -----------------------------------------------------------------------------
# The whole gate (make check: Error Prone, then SpotBugs) on each Maven, with the plugin that
# runs there.
cell gate $EP_PINNED $SB_410 $PLUGIN_FOR_387 17 17 387
cell gate $EP_PINNED $SB_410 $PLUGIN_FOR_387 17 17 39
cell gate $EP_PINNED $SB_410 $PLUGIN_NEWEST 17 17 39
cell gate $EP_PINNED $SB_410 $PLUGIN_NEWEST 17 17 387 \
  limit "requires Maven version 3\.8\.9" "spotbugs-maven-plugin $PLUGIN_NEWEST requires Maven 3.8.9 or newer"
# Error Prone: the newest release on JDK 25, for each class-file version.
cell ep "$EP_NEWEST" - - 25 17 387
cell ep "$EP_NEWEST" - - 25 21 387
cell ep "$EP_NEWEST" - - 25 25 387
cell ep "$EP_NEWEST" - - 17 17 387 \
  limit "UnsupportedClassVersionError|class file version" "Error Prone after $EP_PINNED needs a newer JDK than 17"
# SpotBugs 4.10.x and 4.9.x on each class-file version (Java 21 and 25 classes compiled and
# analysed on JDK 25, with the newest Error Prone, the check off).
cell sb "$EP_NEWEST" $SB_410 $PLUGIN_FOR_387 25 21 387
cell sb "$EP_NEWEST" $SB_410 $PLUGIN_FOR_387 25 25 387
cell sb $EP_PINNED $SB_49 $PLUGIN_49 17 17 387
cell sb "$EP_NEWEST" $SB_49 $PLUGIN_49 25 21 387
cell sb "$EP_NEWEST" $SB_49 $PLUGIN_49 25 25 387

echo
echo "| # | run | Error Prone | SpotBugs | spotbugs-maven-plugin | JDK | class files (release) | Maven | result |"
echo "|---|---|---|---|---|---|---|---|---|"
printf '%s\n' "${ROWS[@]}"
echo
echo "compat-matrix: $PASSED passed, $FAILED failed, $SKIPPED skipped"
[ "$FAILED" -eq 0 ]
