#!/usr/bin/env bash
# Runs the Wortlaut benchmarks and writes benchmarks/RESULTS.md.
#
#   benchmarks/run-release.sh [--smoke] [corpus-file...]
#
# Corpus files hold one document per line (.gz is read through gzip); without any, the five bundled
# articles are used (or the file in the WORTLAUT_CORPUS environment variable).
# --smoke: one fork, one 1 s warm-up and one 1 s measurement, small gazetteers only (CI, < 2 minutes).
# Builds benchmarks/target/benchmarks.jar first unless SKIP_BUILD=1.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
jar="$here/target/benchmarks.jar"
out="$here/target/release"
smoke=0
corpora=()
for arg in "$@"; do
  case "$arg" in
    --smoke) smoke=1 ;;
    *) corpora+=("$(realpath "$arg")") ;;
  esac
done
if [ ${#corpora[@]} -eq 0 ]; then
  corpora=("${WORTLAUT_CORPUS:-bundled}")
fi
corpus_list="$(IFS=,; echo "${corpora[*]}")"

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  (cd "$root" && mvn -q -B -pl benchmarks -am package -DskipTests)
fi
mkdir -p "$out"
rm -f "$out"/*.json "$out"/footprint.tsv

if [ "$smoke" = 1 ]; then
  timing=(-f 1 -wi 1 -i 1 -w 1s -r 1s)
  gazetteers=default,10000
  analyzer_gazetteers=default
  build_sizes=10000
  footprint_sizes=(10000)
  results="$out/RESULTS-smoke.md"
else
  timing=()
  gazetteers=default,10000,100000,1000000
  analyzer_gazetteers=default,100000
  build_sizes=100000
  footprint_sizes=(10000 100000 1000000)
  results="$here/RESULTS.md"
fi

jmh() {
  java -jar "$jar" "${timing[@]}" -rf json "$@"
}

# Engines and baselines on the real corpora, with allocation profiling.
jmh -rff "$out/throughput.json" -prof gc -p corpus="$corpus_list" -p gazetteer="$gazetteers" \
  'TokenizerBenchmark|NameMatcherBenchmark|QuoteDetectorBenchmark|QuantityExtractorBenchmark'
jmh -rff "$out/analyzer.json" -prof gc -p corpus="$corpus_list,adversarial" \
  -p gazetteer="$analyzer_gazetteers" 'AnalyzerBenchmark'
# Floor, baselines and name matching on the adversarial input, for the worst-case ratios.
jmh -rff "$out/adversarial.json" -p corpus=adversarial -p gazetteer="$analyzer_gazetteers" \
  'TokenizerBenchmark|NameMatcherBenchmark'
jmh -rff "$out/build.json" -p size="$build_sizes" 'BuildBenchmark'
# Pairwise name comparison (Names.match) against Levenshtein, on seeded default-gazetteer pairs.
jmh -rff "$out/pairs.json" 'NamesBenchmark'

java -Xms2g -Xmx6g -cp "$jar" dev.wortlaut.benchmarks.Footprint "${footprint_sizes[@]}" \
  > "$out/footprint.tsv"

{
  echo "nproc: $(nproc)"
  uname -srmo
  java -version 2>&1
  grep -m1 'model name' /proc/cpuinfo 2>/dev/null || true
  echo "mode: $([ "$smoke" = 1 ] && echo smoke || echo release), corpora: $corpus_list"
} > "$out/machine.txt"

java -cp "$jar" dev.wortlaut.benchmarks.Report --out "$results" --footprint "$out/footprint.tsv" \
  --machine "$out/machine.txt" "$out"/throughput.json "$out"/analyzer.json \
  "$out"/adversarial.json "$out"/build.json "$out"/pairs.json
echo "wrote $results"
