# Marsad — build, run, test.
#   make run    builds and opens the app
#   make test   runs every test (installs what a fresh machine lacks first)

GO      ?= go
TAGS    := sqlite_fts5
BIN     := bin/marsad
VERSION ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
LDFLAGS := -X main.version=$(VERSION)
export CGO_ENABLED := 1

ECHARTS := resources/js/echarts.min.js
DEPS_STAMP := .deps.stamp

.PHONY: all deps build run test test-short vet fuzz bench eval train package clean-bin

all: build

# deps installs Debian packages, the pinned ECharts and Go modules; it runs
# again only when its inputs change.
deps: $(DEPS_STAMP)
$(DEPS_STAMP): scripts/deps.sh package.json package-lock.json go.mod
	bash scripts/deps.sh
	touch $@

$(ECHARTS): $(DEPS_STAMP)
	@test -f $@ || bash scripts/deps.sh

build: $(ECHARTS)
	$(GO) build -tags $(TAGS) -ldflags "$(LDFLAGS)" -o $(BIN) ./cmd/marsad

run: build
	./$(BIN)

vet: $(ECHARTS)
	$(GO) vet -tags $(TAGS) ./...
	@unformatted=$$(gofmt -l $$(git ls-files '*.go')); \
	if [ -n "$$unformatted" ]; then echo "gofmt needed:"; echo "$$unformatted"; exit 1; fi

# Every test, with the race detector; GUI tests need an X server, so the
# run is wrapped in Xvfb when there is no display.
test: deps vet build
	scripts/with-display.sh $(GO) test -race -tags $(TAGS) -timeout 30m ./...

test-short: $(ECHARTS)
	$(GO) test -tags $(TAGS) -short ./...

# Each fuzzer for FUZZTIME (default 20s).
FUZZTIME ?= 20s
fuzz: $(ECHARTS)
	scripts/fuzz.sh $(FUZZTIME)

# Whole-corpus benchmarks on ../shared/corpora/saudinewsnet (median of 3).
bench: $(ECHARTS)
	$(GO) test -tags $(TAGS) -run '^$$' -bench . -benchtime 1x -count 3 ./data/... ./charts/... | tee bench.out

eval: $(ECHARTS)
	$(GO) run -tags $(TAGS) ./eval/cmd/marsad-eval

# Learns the stance model from the annotated real statements (the shared
# development gold and eval/gold/train*_2015.json) into
# resources/lexicon/stance_model.tsv.
train: $(ECHARTS)
	$(GO) run ./eval/cmd/marsad-train

# Installable packages in dist/ (scripts/package.sh): on Linux the Linux
# tarball and the Windows zip (cross-built with mingw-w64), on a Mac the
# macOS app. test-package installs and opens the Linux one under Xvfb and
# checks the Windows executable (scripts/test-package.sh).
.PHONY: package-linux package-windows test-package
package: $(ECHARTS)
	scripts/package.sh
package-linux: $(ECHARTS)
	scripts/package.sh linux
package-windows: $(ECHARTS)
	scripts/package.sh windows
test-package: package
	scripts/test-package.sh
