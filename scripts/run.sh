#!/usr/bin/env bash
# The project's commands. README.md names the two that matter:
#   scripts/run.sh site    set everything up, build, and serve the site on http://127.0.0.1:8080/
#   scripts/run.sh test    set everything up, build, and run every test
# and also: setup, build (pkg/ and the site), bench, fuzz (random inputs through pkg/'s API; options after it).
# Setup installs only what is missing, so a second run goes straight to the work.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

# The wasm is built with a pinned nightly Rust for three unstable options, with the standard library rebuilt for them
# (-Zbuild-std). panic=immediate-abort: a panic in the wasm already aborts (Cargo.toml), and this also leaves out the
# panic's message, its formatting and the file names it cites, 7 to 10 KB less gzipped wasm per engine. The standard
# library's optimize_for_size: its smaller sort and the like, 1.6 KB less. location-detail=none: no file, line or
# column kept for a panic that would never print them, 0.2 to 0.3 KB less. Clippy, the native tests and the
# benchmarks keep stable Rust; .cargo/config.toml's wasm flags apply to both.
WASM_TOOLCHAIN=nightly-2026-05-20
# Its options go to cargo, after the caller's own: every call ends its wasm-pack options with `--`.
wasm_pack() {
  RUSTUP_TOOLCHAIN=$WASM_TOOLCHAIN wasm-pack "$@" \
    --config 'target.wasm32-unknown-unknown.rustflags = ["-Zunstable-options", "-Cpanic=immediate-abort", "-Zlocation-detail=none"]' \
    -Zbuild-std=std,panic_abort -Zbuild-std-features=optimize_for_size
}

say() { printf '\n==> %s\n' "$*"; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    echo "Run as root, or install sudo, to install: $*" >&2; exit 1
  fi
}

# cargo install, pinned; falls back to fresh dependency versions when the locked ones are not in the registry.
cargo_install() {
  cargo install "$@" --locked || cargo install "$@"
}

setup() {
  for tool in cargo rustup node npm; do
    command -v "$tool" >/dev/null || { echo "$tool is required (see README.md, 'What a machine needs')" >&2; exit 1; }
  done
  rustup toolchain list | grep -q "^$WASM_TOOLCHAIN" || {
    say "Installing Rust $WASM_TOOLCHAIN for the wasm"
    rustup toolchain install "$WASM_TOOLCHAIN" --profile minimal --component rust-src --target wasm32-unknown-unknown
  }
  command -v wasm-pack >/dev/null || { say "Installing wasm-pack"; cargo_install wasm-pack --version '^0.15'; }
  # wasm-pack needs the wasm-bindgen CLI of exactly the version in Cargo.lock, or it tries to download one.
  local want have
  want=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print }' Cargo.lock)
  have=$(wasm-bindgen --version 2>/dev/null | awk '{ print $2 }' || true)
  [ "$want" = "$have" ] || { say "Installing wasm-bindgen-cli $want"; cargo_install wasm-bindgen-cli --version "=$want"; }
  # npm packages: wasm-opt (binaryen), Playwright's driver, TypeScript, a TOML reader for the JS tests.
  if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    say "Installing npm packages"; npm ci --no-audit --no-fund
  fi
  # Debian's Chromium for the browser tests (Playwright never downloads a browser here).
  if [ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
    say "Installing Chromium"; as_root apt-get update; as_root apt-get install -y chromium chromium-driver
  fi
}

build_pkg() {
  say "Building the wasm package into pkg/"
  wasm_pack build --release --target web --out-dir pkg -- --features wasm
  node scripts/package.mjs
}

build() {
  build_pkg
  # The site loads one engine per calculator page, each with only the functions that page calls
  # (Cargo.toml's *-api features) and without what-if overrides, so a phone downloads only the rules it uses;
  # the record reader has its own, loaded when a worker chooses to read their record.
  for calculator in contributions pension withdrawal record; do
    say "Building the site's $calculator engine into target/engines/$calculator/"
    wasm_pack build --release --target web --no-typescript --no-pack \
      --out-dir "target/engines/$calculator" --out-name bhxh -- --no-default-features --features "$calculator-api"
  done
}

# The site: type-checked, then built by Vite from www/ (with pkg/) into target/site, ready for any static host.
build_site() {
  say "Building the site into target/site"
  tsc -p www/tsconfig.json
  vite build www --logLevel warn
}

case "${1:-}" in
  setup) setup ;;
  build) setup; build; build_site ;;
  site)
    setup; build; build_site
    say "Serving the site on http://127.0.0.1:${PORT:-8080}/ (Ctrl+C stops it)"
    node scripts/serve.mjs "${PORT:-8080}" target/site
    ;;
  test)
    setup
    say "Rust: format, lints, unit, data-driven and property tests"
    cargo fmt --check
    cargo clippy --all-targets --all-features -- -D warnings
    cargo test --all-features
    build
    say "TypeScript: the package's types"
    tsc -p tests/js/tsconfig.json
    say "The wasm API in Node and in headless Chromium"
    node --test tests/js/
    build_site
    say "The site, end to end in Chromium, on a phone screen and a desktop screen (screenshots: target/screenshots/)"
    node --test --test-concurrency=1 tests/e2e/
    ;;
  bench)
    setup; build
    say "Native: one contribution call"
    cargo bench --bench engine
    say "wasm through the JS API in Node, and the package size"
    node benches/wasm.mjs
    build_site
    say "The site as a phone gets it: bytes of each first view, time to the first result, Lighthouse (about 10 minutes)"
    node benches/site.mjs target/site
    ;;
  fuzz)
    # Not part of the tests: a million inputs take about 10 minutes. Options go on to tests/fuzz/fuzz.mjs
    # (--count, --seed, --from, --jobs, --only, --strategy, --show-errors, --print).
    shift
    setup; build_pkg
    say "Random and mutated inputs through every function of pkg/ in Node: no panic, no internal error, every error with a field"
    node tests/fuzz/fuzz.mjs "$@"
    ;;
  *)
    echo "usage: scripts/run.sh site | test | bench | fuzz [options] | build | setup" >&2; exit 2 ;;
esac
