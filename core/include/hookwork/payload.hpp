#pragma once
// The HTTP request one hook receives for 1..batch_max events (rules: docs/payload.md).
//
// Hot path: every event is serialized once at publish (Event::canonical); a
// request splices those bytes ("[" + canonical joined by "," + "]" for a batch)
// and never parses or dumps the event again. Only the placeholder-parameters
// mode builds a small JSON object per event.
//
// The request comes back ready for the sign module, which adds its signature
// headers (webhook-signature, ...) over exactly these method, URL and body bytes.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "hookwork/error.hpp"
#include "hookwork/model.hpp"

namespace hookwork {

struct BuildOptions {
  std::string message_id;                  // header webhook-id: the same on every attempt of one message
  std::optional<std::int64_t> timestamp;   // unix seconds of this attempt: header webhook-timestamp when set
  std::string account_id;                  // the tenant's account id: parameter [IdConsole]
  std::string version = HOOKWORK_VERSION;  // User-Agent: Hookwork/<version>
};

// Every problem is reported at once: events missing or more than the hook's batch
// size, an empty message id, unknown parameters, custom headers that would
// replace a header the builder sets, a GET hook with parameters given a batch.
Result<HttpRequest> build_request(const HookSpec& hook, const std::vector<const Event*>& events,
                                  const BuildOptions& options);
Result<HttpRequest> build_request(const HookSpec& hook, const std::vector<Event>& events,
                                  const BuildOptions& options);

// The envelope document: one event's canonical bytes, or a JSON array of them.
std::string envelope_document(const std::vector<const Event*>& events, bool as_array);

// The single place where a delivered document is transformed: seed 004's legacy
// encryption, RC4 keyed with the hook's encryption_key, then standard Base64
// (hookwork/legacy_cipher.hpp). Errors name the field "hook.encryption_key".
Result<std::string> encrypt_document(std::string_view key, std::string_view document);

// Where the sign module's headers go: each replaces the request's header of the
// same name (case-insensitive, keeping its position; sign's v1 scheme repeats
// webhook-id and webhook-timestamp), the others are appended in order.
void apply_signature_headers(HttpRequest& request, const Headers& signature_headers);

// The header names a hook's custom headers may not use (compared case-insensitively):
// the ones the builder or the transport set, and the signature headers.
bool is_reserved_header(std::string_view name, const HookSpec& hook);

}  // namespace hookwork
