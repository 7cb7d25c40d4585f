// The host SHA-256 seam from the WebAssembly side. When the host asks for it
// (hookwork_use_host_sha256), every SHA-256 of the core comes here: inputs of at
// least `min_bytes` go to Module.hostSha256(input, heap, at), a synchronous JS
// function that writes the digest of `input` (a view of the wasm memory) to
// heap[at..at+32) — the Node package passes node:crypto's — and shorter ones,
// which a call out would not repay, stay in the portable Sha256. Without it, or
// in the browser, the core hashes with the portable code itself.
// Only the hash crosses: HMAC and what is signed stay in core.
#include <emscripten/em_js.h>
#include <emscripten/emscripten.h>

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "hookwork/sha256.hpp"

// Reads the input in place (a view of the wasm memory, no copy); the digest lands at `out`.
EM_JS(void, hookwork_call_host_sha256, (const char* data, std::size_t size, std::uint8_t* out), {
  Module["hostSha256"](HEAPU8.subarray(data, data + size), HEAPU8, out);
});

namespace {

using hookwork::kSha256BlockBytes;
using hookwork::Sha256;

std::size_t g_min_bytes = 0;

// The portable state after a first part of exactly one block, for the last few such blocks.
// HMAC's second hash always starts with its key's outer pad block, so with this cache it
// compresses one block instead of two; a hit saves the block, a miss costs a copy.
class FirstBlockCache {
 public:
  Sha256 start(std::string_view block) {
    for (auto& e : entries_) {
      if (e.filled && std::memcmp(e.block.data(), block.data(), kSha256BlockBytes) == 0) return e.state;
    }
    Entry& e = entries_[next_++ % entries_.size()];
    std::memcpy(e.block.data(), block.data(), kSha256BlockBytes);
    e.state = Sha256();
    e.state.update(block);
    e.filled = true;
    return e.state;
  }

 private:
  struct Entry {
    std::array<char, kSha256BlockBytes> block{};
    Sha256 state;
    bool filled = false;
  };
  std::array<Entry, 8> entries_{};
  std::size_t next_ = 0;
};

void portable(const std::string_view* parts, std::size_t count, std::uint8_t* out) {
  static FirstBlockCache cache;
  const std::size_t first = count > 0 && parts[0].size() == kSha256BlockBytes ? 1 : 0;
  Sha256 h = first ? cache.start(parts[0]) : Sha256();
  for (std::size_t i = first; i < count; ++i) h.update(parts[i]);
  const auto digest = h.finish();
  std::memcpy(out, digest.data(), digest.size());
}

void host_sha256(const std::string_view* parts, std::size_t count, std::uint8_t* out) {
  std::size_t total = 0;
  for (std::size_t i = 0; i < count; ++i) total += parts[i].size();
  if (total < g_min_bytes) return portable(parts, count, out);
  if (count == 1) return hookwork_call_host_sha256(parts[0].data(), parts[0].size(), out);
  // One contiguous input for the host; the module is single-threaded. Copied with memcpy in
  // this file, which -mbulk-memory compiles to memory.copy (std::string::append is in the
  // prebuilt libc++, whose copies of 512 bytes and more call out to JavaScript).
  static std::vector<char> joined;
  if (joined.size() < total) joined.resize(total);
  std::size_t at = 0;
  for (std::size_t i = 0; i < count; ++i) {
    std::memcpy(joined.data() + at, parts[i].data(), parts[i].size());
    at += parts[i].size();
  }
  hookwork_call_host_sha256(joined.data(), total, out);
  if (joined.size() > (std::size_t{1} << 20)) std::vector<char>().swap(joined);  // keep no huge body around
}

}  // namespace

extern "C" {

// on != 0: Module.hostSha256 must be set; inputs of at least min_bytes go to it.
// on == 0: back to the core's own portable SHA-256 for every input.
EMSCRIPTEN_KEEPALIVE void hookwork_use_host_sha256(int on, std::size_t min_bytes) {
  g_min_bytes = min_bytes;
  hookwork::set_host_sha256(on != 0 ? &host_sha256 : nullptr);
}

}  // extern "C"
