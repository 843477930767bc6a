# memberline: plain Makefile. `make run` and `make check` work from a bare clone: both pull in
# `deps`, which installs with apt-get whatever Debian package is missing.

VERSION    := 0.1.0
PREFIX     ?= /usr/local
DESTDIR    ?=
BINDIR     ?= $(PREFIX)/bin
LIBDIR     ?= $(PREFIX)/lib
INCLUDEDIR ?= $(PREFIX)/include
MANDIR     ?= $(PREFIX)/share/man
DATADIR    ?= $(PREFIX)/share/memberline

BUILD      ?= build
CC         ?= cc
PKGS       := cairo pangocairo jansson libpng libdeflate icu-uc icu-i18n libxml-2.0
# -Wconversion too: the code builds clean with it (gcc and clang), so it stays on.
WARN       := -Wall -Wextra -Wpedantic -Wshadow -Wconversion
ifeq ($(WERROR),1)
WARN       += -Werror
endif
SAN_FLAGS  :=
ifeq ($(SAN),1)
SAN_FLAGS  := -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined
endif
ifeq ($(SAN),thread)
SAN_FLAGS  := -fsanitize=thread -fno-omit-frame-pointer
endif
OPT        ?= -O2 -g
OBJCOPY    ?= objcopy
# Recursive (=) so that pkg-config runs after `deps` has installed the -dev packages.
PKG_CFLAGS  = $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKG_LIBS    = $(shell pkg-config --libs $(PKGS) 2>/dev/null) -lm
# -fPIC: the same library objects make the shared library and both archives.
ALL_CFLAGS  = -std=c11 -D_POSIX_C_SOURCE=200809L $(WARN) $(OPT) $(SAN_FLAGS) -fPIC -Iinclude -Isrc \
              -DML_DATADIR='"$(DATADIR)"' $(PKG_CFLAGS) $(CFLAGS)
ALL_LDFLAGS = $(SAN_FLAGS) $(LDFLAGS)

# batch.c is the tool's (manifests become its option structs), not the library's.
TOOL_SRC := src/main.c src/batch.c
LIB_SRC  := $(filter-out $(TOOL_SRC),$(wildcard src/*.c))
LIB_OBJ  := $(LIB_SRC:src/%.c=$(BUILD)/%.o)
UNIT_SRC := $(wildcard tests/unit/*.c)
UNIT_BIN := $(UNIT_SRC:tests/unit/%.c=$(BUILD)/tests/%)
BIN      := $(BUILD)/memberline

# The library, three ways. Installed: the archive and the shared library, each exporting only
# the ml_ names of include/memberline.h (any other global would clash with a program's own
# date_parse or error_set). Not installed: the raw objects in one archive, for the unit tests,
# which call internal functions.
SOVERSION := 0
LIB       := $(BUILD)/libmemberline.a
LIB_INT   := $(BUILD)/libmemberline-internal.a
SO_NAME   := libmemberline.so.$(SOVERSION)
SO_FILE   := libmemberline.so.$(VERSION)
SO        := $(BUILD)/$(SO_FILE)
SO_LINKS  := $(BUILD)/$(SO_NAME) $(BUILD)/libmemberline.so
SO_MAP    := src/libmemberline.map
# -z defs: the shared library names every library it uses (not under the sanitizers, whose
# runtime only the program links with clang).
SO_DEFS   := $(if $(SAN_FLAGS),,-Wl,-z,defs)

# Debian packages: build, fonts for Latin, Cyrillic, CJK, Arabic and Devanagari, test tools.
DEB_PKGS := pkg-config libcairo2-dev libpango1.0-dev libjansson-dev libpng-dev libdeflate-dev libicu-dev \
            libxml2-dev fonts-noto-core fonts-noto-cjk poppler-utils librsvg2-bin
# qpdf, pngcheck and libxml2-utils (xmllint): tests/run.sh reads every PDF, PNG and SVG the
# suites write with them; python3-jsonschema checks schema/memberline.schema.json against the loader;
# chromium (headless) and netpbm check SVG text and inlining (tests/tools/svg_browser.py).
DEB_CHECK_PKGS := valgrind clang-format qpdf pngcheck libxml2-utils python3-jsonschema chromium \
                  netpbm

.PHONY: all images deps deps-check deps-fuzz deps-lint run check check-asan check-valgrind install \
        uninstall clean format format-check bench bench-peers deps-bench lint fuzz check-tsan

all: memberline $(LIB) $(SO_LINKS) $(BUILD)/memberline.pc

deps:
	@sh tools/deps.sh $(DEB_PKGS)

deps-check: deps
	@sh tools/deps.sh $(DEB_CHECK_PKGS)

memberline: $(BIN)
	cp $(BIN) $@

# DATADIR is compiled in: a change of it (or of PREFIX) rebuilds the objects. The stamp is
# rewritten only when the value changes.
$(BUILD)/datadir.stamp: FORCE
	@mkdir -p $(dir $@)
	@echo '$(DATADIR)' | cmp -s - $@ || echo '$(DATADIR)' > $@

$(BUILD)/%.o: src/%.c $(wildcard src/*.h) include/memberline.h $(BUILD)/datadir.stamp | deps
	@mkdir -p $(dir $@)
	@echo "  CC      $<"
	@$(CC) $(ALL_CFLAGS) -c $< -o $@

$(LIB_INT): $(LIB_OBJ)
	@echo "  AR      $@"
	@rm -f $@
	@ar rcs $@ $^

# All objects linked into one, in which every global but the ml_ ones is made local.
$(BUILD)/memberline-all.o: $(LIB_OBJ)
	@echo "  LD -r   $@"
	@$(CC) -r -nostdlib -o $@.tmp $^
	@$(OBJCOPY) --wildcard --keep-global-symbol='ml_*' $@.tmp $@
	@rm -f $@.tmp

$(LIB): $(BUILD)/memberline-all.o
	@echo "  AR      $@"
	@rm -f $@
	@ar rcs $@ $^

$(SO): $(LIB_OBJ) $(SO_MAP)
	@echo "  LD      $@"
	@$(CC) -shared -Wl,-soname,$(SO_NAME) -Wl,--version-script=$(SO_MAP) $(SO_DEFS) \
	  $(ALL_LDFLAGS) -o $@ $(LIB_OBJ) $(PKG_LIBS)

$(SO_LINKS): $(SO)
	@ln -sf $(SO_FILE) $(BUILD)/$(SO_NAME)
	@ln -sf $(SO_NAME) $(BUILD)/libmemberline.so

# The tool links the internal archive: batch.c uses the JSON machinery (jread), which the
# installed library keeps to itself.
$(BIN): $(TOOL_SRC:src/%.c=$(BUILD)/%.o) $(LIB_INT)
	@echo "  LD      $@"
	@$(CC) $(ALL_LDFLAGS) -o $@ $^ $(PKG_LIBS)

# The allocation-failure test swaps the allocator of our own code only (see the test).
$(BUILD)/tests/test_render_nomem: TEST_LDFLAGS := -Wl,--wrap=malloc,--wrap=calloc,--wrap=realloc,--wrap=strdup

# Four renderers on four threads (make check-tsan runs it under ThreadSanitizer).
$(BUILD)/tests/test_threads: TEST_LDFLAGS := -pthread

$(BUILD)/tests/%: tests/unit/%.c tests/unit/test.h $(LIB_INT)
	@mkdir -p $(dir $@)
	@echo "  TEST    $@"
	@$(CC) $(ALL_CFLAGS) -Itests/unit -o $@ $< $(LIB_INT) $(ALL_LDFLAGS) $(TEST_LDFLAGS) $(PKG_LIBS)

run: memberline
	./memberline

# The README's images, byte for byte as committed (tests/suites/47-images.sh compares): a fixed
# SOURCE_DATE_EPOCH (the bundled data's as_of, 2025-10-26) and the font packages they were drawn
# with, recorded in docs/images/fonts.txt (other fonts draw other bytes).
IMAGES_EPOCH := 1761436800
images: $(BIN)
	SOURCE_DATE_EPOCH=$(IMAGES_EPOCH) $(BIN) batch docs/images/manifest.json
	dpkg-query -W -f '$${Package} $${Version}\n' fonts-noto-core fonts-noto-cjk > docs/images/fonts.txt

# The benchmark's floor programs are built too, so that a change to an internal interface they
# share cannot leave `make bench` broken unnoticed.
check: deps-check $(BIN) $(UNIT_BIN) $(LIB) $(LIB_INT) $(SO_LINKS) $(BUILD)/bench/floor $(BUILD)/bench/floor-ours
	@MEMBERLINE=$(BIN) UNIT_DIR=$(BUILD)/tests LIB_DIR=$(BUILD) bash tests/run.sh

check-asan:
	@$(MAKE) --no-print-directory BUILD=build/asan SAN=1 OPT="-O1 -g" check

# The threads test under ThreadSanitizer: races fail it (tests/tsan.supp names the libraries
# whose own internals are excused, never our code).
check-tsan: deps-check
	@$(MAKE) --no-print-directory BUILD=build/tsan SAN=thread OPT="-O1 -g" build/tsan/tests/test_threads
	@G_SLICE=always-malloc TSAN_OPTIONS="suppressions=$(CURDIR)/tests/tsan.supp halt_on_error=1" \
	  build/tsan/tests/test_threads

check-valgrind: deps-check $(BIN) $(UNIT_BIN) $(LIB) $(LIB_INT) $(SO_LINKS)
	@MEMBERLINE=$(BIN) UNIT_DIR=$(BUILD)/tests LIB_DIR=$(BUILD) VALGRIND=1 bash tests/run.sh

# pkg-config. `--libs` links the shared library. `--static --libs` adds what the archive itself
# calls, as shared libraries: the -l flags of $(PKGS), not their Requires.private (cairo's pull
# in X11 and xcb, which only a static cairo needs). They follow -Wl,-Bdynamic, so that a program
# linked with `-Wl,-Bstatic $$(pkg-config --static --libs memberline)` takes libmemberline.a and
# still the shared cairo, pango and the rest (see README, "Install").
$(BUILD)/memberline.pc: FORCE
	@mkdir -p $(dir $@)
	@{ echo 'prefix=$(PREFIX)'; echo 'libdir=$(LIBDIR)'; echo 'includedir=$(INCLUDEDIR)'; \
	  echo 'datadir=$(DATADIR)'; echo; echo 'Name: memberline'; \
	  echo 'Description: Timeline, membership, count and map charts from JSON'; \
	  echo 'Version: $(VERSION)'; echo 'Libs: -L$${libdir} -lmemberline'; \
	  echo 'Libs.private: -Wl,-Bdynamic $(strip $(PKG_LIBS))'; \
	  echo 'Cflags: -I$${includedir}'; } > $@.tmp && mv $@.tmp $@

# DESTDIR stages a package: then ldconfig is left to the package's installation.
install: $(BIN) $(LIB) $(SO) $(BUILD)/memberline.pc
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(LIBDIR)/pkgconfig $(DESTDIR)$(INCLUDEDIR) \
	  $(DESTDIR)$(MANDIR)/man1 $(DESTDIR)$(DATADIR)
	install -m 755 $(BIN) $(DESTDIR)$(BINDIR)/memberline
	install -m 644 $(LIB) $(DESTDIR)$(LIBDIR)/libmemberline.a
	install -m 755 $(SO) $(DESTDIR)$(LIBDIR)/$(SO_FILE)
	ln -sf $(SO_FILE) $(DESTDIR)$(LIBDIR)/$(SO_NAME)
	ln -sf $(SO_NAME) $(DESTDIR)$(LIBDIR)/libmemberline.so
	install -m 644 include/memberline.h $(DESTDIR)$(INCLUDEDIR)/memberline.h
	install -m 644 $(BUILD)/memberline.pc $(DESTDIR)$(LIBDIR)/pkgconfig/memberline.pc
	install -m 644 docs/memberline.1 $(DESTDIR)$(MANDIR)/man1/memberline.1
	install -m 644 data/*.json data/*.txt $(DESTDIR)$(DATADIR)/
	install -d $(DESTDIR)$(DATADIR)/schema
	install -m 644 schema/*.json $(DESTDIR)$(DATADIR)/schema/
	@[ -n "$(DESTDIR)" ] || ldconfig 2>/dev/null || true

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/memberline $(DESTDIR)$(LIBDIR)/libmemberline.a \
	  $(DESTDIR)$(LIBDIR)/$(SO_FILE) $(DESTDIR)$(LIBDIR)/$(SO_NAME) \
	  $(DESTDIR)$(LIBDIR)/libmemberline.so \
	  $(DESTDIR)$(INCLUDEDIR)/memberline.h $(DESTDIR)$(LIBDIR)/pkgconfig/memberline.pc \
	  $(DESTDIR)$(MANDIR)/man1/memberline.1
	rm -rf $(DESTDIR)$(DATADIR)
	@[ -n "$(DESTDIR)" ] || ldconfig 2>/dev/null || true

FORMAT_FILES = $(wildcard src/*.c src/*.h include/*.h tests/unit/*.c tests/unit/*.h tests/install/*.c \
                          bench/*.c fuzz/*.c)

format:
	clang-format -i $(FORMAT_FILES)

format-check:
	clang-format --dry-run --Werror $(FORMAT_FILES)

# The floor program of the benchmark: plain cairo + pango, see bench/floor.c.
$(BUILD)/bench/floor: bench/floor.c | deps
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -o $@ $< $(ALL_LDFLAGS) $(PKG_LIBS)

# The same floor with our PNG encoder, so the PNG ratio measures drawing, not the encoder.
$(BUILD)/bench/floor-ours: bench/floor.c $(BUILD)/pngout.o $(BUILD)/error.o | deps
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -DFLOOR_OUR_ENCODER -o $@ $^ $(ALL_LDFLAGS) $(PKG_LIBS)

# GNU time for peak memory (/usr/bin/time -f %M); gnuplot and Debian's matplotlib for the peers.
deps-bench: deps
	@sh tools/deps.sh time valgrind gnuplot-nox python3-matplotlib

bench: deps-bench $(BIN) $(BUILD)/bench/floor $(BUILD)/bench/floor-ours
	@MEMBERLINE=$(BIN) FLOOR=$(BUILD)/bench/floor FLOOR_OURS=$(BUILD)/bench/floor-ours \
	  BENCH_OUT=$(BUILD)/bench bash bench/run.sh

# The chart tools a user would otherwise pick, on equal work (bench/peers.py).
bench-peers: deps-bench $(BIN)
	@MEMBERLINE=$(BIN) BENCH_OUT=$(BUILD)/bench python3 bench/peers.py

# Static analysis of src/, clean: cppcheck (jansson.h included so that its iteration macros
# parse) and clang-tidy with the checks in .clang-tidy.
DEB_LINT_PKGS := cppcheck clang-tidy
LINT_CFLAGS = -std=c11 -D_POSIX_C_SOURCE=200809L -Iinclude -Isrc -DML_DATADIR='"$(DATADIR)"' \
              $(PKG_CFLAGS)

deps-lint: deps
	@sh tools/deps.sh $(DEB_LINT_PKGS)

lint: deps-lint
	cppcheck --enable=warning,performance,portability --error-exitcode=1 --inline-suppr -q \
	  --std=c11 -D_POSIX_C_SOURCE=200809L -Iinclude -Isrc \
	  --include=$$(pkg-config --variable=includedir jansson)/jansson.h src/
	clang-tidy --quiet $(wildcard src/*.c) -- $(LINT_CFLAGS)

# libFuzzer: the library and the target built with clang, address and undefined sanitizers, into
# build/fuzz/. `make fuzz` runs it for FUZZ_TIME seconds over a scratch corpus seeded from
# fuzz/corpus (see tests/fuzz/README.md for the long runs).
FUZZ_BUILD := build/fuzz
FUZZ_SAN   := -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer
FUZZ_TIME  ?= 60
DEB_FUZZ_PKGS := clang libclang-rt-dev # the runtime is only a Recommends of clang

deps-fuzz: deps
	@sh tools/deps.sh $(DEB_FUZZ_PKGS)

fuzz: deps-fuzz
	@$(MAKE) --no-print-directory BUILD=$(FUZZ_BUILD) CC=clang OPT="-O1 -g" \
	  SAN_FLAGS="$(FUZZ_SAN) -fsanitize=fuzzer-no-link" $(FUZZ_BUILD)/fuzz_render
	@mkdir -p fuzz/corpus-work
	LSAN_OPTIONS=suppressions=tests/lsan.supp:print_suppressions=0 \
	  $(FUZZ_BUILD)/fuzz_render -max_total_time=$(FUZZ_TIME) -timeout=10 -rss_limit_mb=2048 \
	  -dict=fuzz/json.dict -print_final_stats=1 fuzz/corpus-work fuzz/corpus

$(BUILD)/fuzz_render: fuzz/fuzz_render.c $(LIB)
	$(CC) $(ALL_CFLAGS) -fsanitize=fuzzer -o $@ $< $(LIB) $(ALL_LDFLAGS) -fsanitize=fuzzer \
	  $(PKG_LIBS)

clean:
	rm -rf build memberline memberline.pc tests/out bench/out

FORCE:
