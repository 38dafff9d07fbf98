# RuleAtlas: `make run` starts the daemon, `make test` runs every test.
# Both install the Debian packages the build and the tests need when they are missing
# (apt-get, as root or through sudo): a fresh machine needs nothing else.

SWIFT ?= swift
DEB_PACKAGES := libuv1-dev libyaml-dev libtomlplusplus-dev pkg-config python3 socat systemd util-linux
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
# Benchmark: servers on one CPU, the load generator on another.
BENCH_SERVER_CPU ?= 0
BENCH_CLIENT_CPU ?= 1
BENCH_ARGS ?=
# Release binaries carry the Swift runtime and Foundation inside (decision 0203): they
# start faster and need only the Debian libraries on the host.
RELEASE_FLAGS := -c release --static-swift-stdlib

.PHONY: deps pydeps build release run test bench fuzz clean

deps:
	@missing=""; for p in $(DEB_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  $(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	fi

# Python packages the tests use: MITRE's mitreattack-python loads the Navigator layer,
# PyYAML reads Sigma rules for the independent hand checks. Installed from PyPI when missing.
PY ?= python3
PY_PACKAGES := mitreattack-python pyyaml
pydeps:
	@$(PY) -c 'import mitreattack.navlayers, yaml' 2>/dev/null || \
	  $(PY) -m pip install --quiet --disable-pip-version-check $(PY_PACKAGES) || \
	  $(PY) -m pip install --quiet --disable-pip-version-check --break-system-packages $(PY_PACKAGES)

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build $(RELEASE_FLAGS)

# Foreground daemon; pass flags with ARGS="--socket /tmp/x.sock --rules DIR".
run: release
	$$($(SWIFT) build $(RELEASE_FLAGS) --show-bin-path)/ruleatlasd $(ARGS)

# Builds every target (the integration tests start the built ruleatlasd and ruleatlas).
test: deps pydeps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

# The corpora the benchmarks read (the shared/ folder beside the project).
SHARED ?= ../shared
CORPORA := $(SHARED)/corpora

bench: release
	bin=$$($(SWIFT) build $(RELEASE_FLAGS) --show-bin-path); \
	taskset -c $(BENCH_CLIENT_CPU) $$bin/ruleatlas-bench rpc --server-cpu $(BENCH_SERVER_CPU) $(BENCH_ARGS); \
	echo "== cold load: Sigma"; $$bin/ruleatlas-bench load --runs 5 $(CORPORA)/sigma/rules; \
	echo "== cold load: Sigma with the ATT&CK bundle"; $$bin/ruleatlas-bench load --runs 5 --attack $(CORPORA)/attack/enterprise-attack.json $(CORPORA)/sigma/rules; \
	echo "== cold load: Elastic"; $$bin/ruleatlas-bench load --runs 5 $(CORPORA)/elastic/rules; \
	echo "== Elastic parse cost per query language"; $$bin/ruleatlas-bench elastic $(CORPORA)/elastic/rules; \
	echo "== cold load: every corpus with the ATT&CK bundle"; $$bin/ruleatlas-bench load --runs 5 --attack $(CORPORA)/attack/enterprise-attack.json \
	  $(CORPORA)/sigma/rules $(CORPORA)/elastic/rules $(CORPORA)/splunk $(CORPORA)/sentinel; \
	echo "== technique.get over the socket: Sigma corpus"; \
	sock=$$(mktemp -d /tmp/ra-bench-XXXXXX)/d.sock; \
	$$bin/ruleatlasd --socket $$sock --log-level warn --no-watch --rules $(CORPORA)/sigma/rules & pid=$$!; \
	for i in $$(seq 300); do $$bin/ruleatlas --socket $$sock call server.status --json 2>/dev/null | grep -q '"generation": *[1-9]' && break; sleep 0.1; done; \
	$$bin/ruleatlas-bench technique-latency --socket $$sock; \
	kill $$pid; wait $$pid; \
	echo "== live reload on every corpus"; $$bin/ruleatlas-bench reload; \
	echo "== one-file update in process (apply, carry views, free)"; $$bin/ruleatlas-bench apply

# libFuzzer over the JSON parser, both framings, dispatch, YAML, Sigma, TOML and the
# Elastic query languages; bounded, not in CI.
# FUZZ_SECONDS per target (default 60); crashes land in .build-fuzz/artifacts/.
FUZZ_SECONDS ?= 60
FUZZ_TARGETS := json newline content-length dispatch yaml sigma-condition sigma-rule toml kuery lucene eql esql elastic-rule
fuzz:
	$(SWIFT) build --scratch-path .build-fuzz --product ruleatlas-fuzz -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING
	@mkdir -p .build-fuzz/artifacts
	@for t in $(FUZZ_TARGETS); do \
	  mkdir -p .build-fuzz/corpus/$$t; \
	  echo "fuzzing $$t for $(FUZZ_SECONDS)s"; \
	  RULEATLAS_FUZZ_TARGET=$$t .build-fuzz/debug/ruleatlas-fuzz -max_total_time=$(FUZZ_SECONDS) -rss_limit_mb=2048 \
	    -artifact_prefix=.build-fuzz/artifacts/$$t- .build-fuzz/corpus/$$t || exit 1; \
	done

clean:
	$(SWIFT) package clean
