#!/usr/bin/env bash
# Builds the libFuzzer harnesses under .build/fuzz and runs each for a while.
#
#   Tests/Fuzz/run-fuzzers.sh [SECONDS_PER_HARNESS] [HARNESS…]
#
# Harnesses: vcard csv json phone (all by default). SECONDS_PER_HARNESS defaults to 60; 0 only
# builds and replays the regression inputs. Environment: FUZZ_JOBS (harnesses run at once,
# default 2), FUZZ_NICE (niceness, default 19), FUZZ_DIFFERENTIAL=1 (vCard, CSV, Jelou JSON: the
# input read whole and in 7-byte chunks must give the same contacts), SWIFT_BIN (default
# /opt/swift/usr/bin). Build outputs, corpora, logs and findings go under .build/fuzz.
#
# SwiftPM cannot link a libFuzzer main, so each module is compiled here with swiftc into an
# instrumented static library (-sanitize=fuzzer,address: inline 8-bit edge counters, PC tables,
# trace-cmp/switch, indirect calls, and ASan), in dependency order, and each harness is linked
# against the ones it needs (with lld: gold floods the output with "cannot export local symbol
# __asan_…" warnings).
set -euo pipefail

seconds=${1:-60}
shift || true
all_harnesses=(vcard csv json phone)
harnesses=("${@:-${all_harnesses[@]}}")

package=$(cd "$(dirname "$0")/../.." && pwd)
shared=$(cd "$package/.." && pwd)/shared
swift_bin=${SWIFT_BIN:-/opt/swift/usr/bin}
jobs=${FUZZ_JOBS:-2}
niceness=${FUZZ_NICE:-19}
out=$package/.build/fuzz
modules=$out/modules
logs=$out/logs
mkdir -p "$modules" "$logs" "$out/bin"

swiftc=("$swift_bin/swiftc" -O -g -sanitize=fuzzer,address -parse-as-library -I "$modules")

# build_module NAME: Sources/NAME/*.swift → modules/libNAME.a + NAME.swiftmodule, skipped when
# no source is newer than the library.
build_module() {
    local name=$1 library=$modules/lib$1.a
    if [[ -f $library ]] && [[ -z $(find "$package/Sources/$name" -name '*.swift' -newer "$library") ]]; then
        return
    fi
    echo "build: $name" >&2
    (cd "$modules" && nice -n "$niceness" "${swiftc[@]}" -module-name "$name" \
        -emit-module -emit-module-path "$modules/$name.swiftmodule" \
        -emit-library -static -o "$library" "$package"/Sources/"$name"/*.swift)
}

# Modules each harness links, in dependency order.
modules_for() {
    case $1 in
        vcard) echo ContactModel JSONCoding VCardFormat ;;
        csv) echo ContactModel CSVFormat ;;
        json) echo ContactModel JSONCoding CSVFormat VCardFormat JelouPayload ;;
        phone) echo NumberingPlan PhoneNormalization ;;
        *) echo "unknown harness: $1" >&2; return 1 ;;
    esac
}

harness_source() {
    case $1 in
        vcard) echo VCardFuzzer ;;
        csv) echo CSVFuzzer ;;
        json) echo JSONFuzzer ;;
        phone) echo PhoneFuzzer ;;
    esac
}

build_harness() {
    local harness=$1 binary=$out/bin/fuzz-$1 source
    source=$package/Tests/Fuzz/Harnesses/$(harness_source "$harness").swift
    # Dependents first: the static linker resolves left to right.
    local libraries=() module
    for module in $(modules_for "$harness"); do
        build_module "$module"
        libraries=("$modules/lib$module.a" "${libraries[@]}")
    done
    if [[ -f $binary ]] && [[ -z $(find "$source" "${libraries[@]}" -newer "$binary") ]]; then
        return
    fi
    echo "link: fuzz-$harness" >&2
    (cd "$out/bin" && nice -n "$niceness" "${swiftc[@]}" -module-name "$(harness_source "$harness")" \
        -use-ld=lld "$source" "${libraries[@]}" -o "$binary")
}

# seed_corpus HARNESS DIR: copies the seeds into DIR (never into the repository).
seed_corpus() {
    local harness=$1 dir=$2
    mkdir -p "$dir"
    case $harness in
        vcard)
            find "$shared/corpus" "$package/Fixtures" -type f \( -iname '*.vcf' -o -iname '*.vcard' \) \
                -size -64k -exec cp -t "$dir" {} + 2>/dev/null || true ;;
        csv)
            find "$shared/corpus" "$package/Fixtures" -type f -iname '*.csv' -size -64k \
                -exec cp -t "$dir" {} + 2>/dev/null || true ;;
        json)
            find "$shared/corpus" "$package/Fixtures" -type f \( -iname '*.json' -o -iname '*.ndjson' \) \
                -size -64k -exec cp -t "$dir" {} + 2>/dev/null || true ;;
        phone)
            # One seed per conformance row: the region's byte, then the number as typed.
            local table=$shared/phone/conformance-public.tsv regions=$out/phone-regions.txt
            if [[ -f $table ]]; then
                FUZZ_LIST_REGIONS=1 "$out/bin/fuzz-phone" >"$regions"
                LC_ALL=C awk -F'\t' -v dir="$dir" '
                    NR == FNR { slot[$1] = FNR - 1; count = FNR; next }
                    FNR > 1 && $1 != "" {
                        byte = ($2 in slot) ? slot[$2] : count
                        file = sprintf("%s/row-%05d", dir, FNR)
                        printf "%c%s", byte, $1 > file
                        close(file)
                    }' "$regions" "$table"
            fi ;;
    esac
    local regressions=$package/Tests/Fuzz/Regressions/$harness
    if [[ -d $regressions ]]; then
        find "$regressions" -type f -exec cp -t "$dir" {} +
    fi
}

# replay_regressions HARNESS: every saved crashing input must now run cleanly.
replay_regressions() {
    local harness=$1 regressions=$package/Tests/Fuzz/Regressions/$1
    [[ -d $regressions ]] && [[ -n $(ls -A "$regressions") ]] || return 0
    "$out/bin/fuzz-$harness" -timeout=1 -rss_limit_mb=2048 "$regressions"/* >"$logs/$harness-replay.log" 2>&1 &&
        echo "$harness: $(ls "$regressions" | wc -l) regression inputs replay cleanly" ||
        echo "$harness: a regression input still fails, see $logs/$harness-replay.log"
}

# run_harness HARNESS: fuzzes for $seconds in all. A crash ends libFuzzer's run, so the harness
# is started again (on the grown corpus) until the time is used up; executions are summed.
run_harness() {
    local harness=$1 corpus=$out/corpus/$1 findings=$out/findings/$1
    local stamp log started now remaining executed=0 segment=0 units
    stamp=$(date -u +%Y%m%dT%H%M%S)
    seed_corpus "$harness" "$corpus"
    mkdir -p "$findings"
    started=$(date +%s)
    remaining=$seconds
    while [[ $remaining -gt 0 ]]; do
        segment=$((segment + 1))
        log=$logs/$harness-$stamp-$segment.log
        nice -n "$niceness" "$out/bin/fuzz-$harness" "$corpus" \
            -max_total_time="$remaining" -timeout=1 -rss_limit_mb=2048 -max_len=65536 \
            -print_final_stats=1 -artifact_prefix="$findings/" >"$log" 2>&1 || true
        units=$(awk '/stat::number_of_executed_units/ { print $NF }' "$log" | tail -1)
        executed=$((executed + ${units:-0}))
        grep -E '^==[0-9]+==ERROR|^SUMMARY|ALARM: working on the last Unit|Fatal error|deadly signal|^artifact_prefix' \
            "$log" | sed "s/^/  $harness finding: /" | head -6 || true
        now=$(date +%s)
        remaining=$((seconds - (now - started)))
    done
    local elapsed=$(($(date +%s) - started))
    echo "$harness: $executed executions in ${elapsed}s ($((executed / (elapsed > 0 ? elapsed : 1))) exec/s)," \
        "$segment run(s), logs $logs/$harness-$stamp-*.log"
}

export PATH=$swift_bin:$PATH
for harness in "${harnesses[@]}"; do
    build_harness "$harness"
done
for harness in "${harnesses[@]}"; do
    replay_regressions "$harness"
done
[[ $seconds -gt 0 ]] || exit 0

running=0
for harness in "${harnesses[@]}"; do
    run_harness "$harness" &
    running=$((running + 1))
    if [[ $running -ge $jobs ]]; then
        wait -n
        running=$((running - 1))
    fi
done
wait
# A timeout on a loaded machine is often just a slow scheduler: each one is timed again, alone.
echo "findings so far (crash-, timeout-, leak-, oom-, slow-unit- files):"
for harness in "${harnesses[@]}"; do
    find "$out/findings/$harness" -type f | sort | while IFS= read -r finding; do
        if [[ $(basename "$finding") == timeout-* ]]; then
            echo "  $finding: $("$out/bin/fuzz-$harness" -timeout=10 "$finding" 2>&1 |
                sed -n 's/^Executed .* in \([0-9]*\) ms$/\1 ms when run again alone/p')"
        else
            echo "  $finding"
        fi
    done
done
