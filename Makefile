# RuleAtlas: `make run` starts the daemon, `make test` runs every test.
# Both install the Debian packages the build needs when they are missing.

SWIFT ?= swift
DEB_PACKAGES := libuv1-dev libyaml-dev libtomlplusplus-dev pkg-config python3 socat systemd
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: deps build release run test bench fuzz clean

deps:
	@missing=""; for p in $(DEB_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  $(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	fi

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release

run: release
	$$($(SWIFT) build -c release --show-bin-path)/ruleatlasd $(ARGS)

test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

# Benchmarks on the release build (figures in the issue notes).
bench: release
	$$($(SWIFT) build -c release --show-bin-path)/ruleatlas-bench reload

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
