#pragma once
// One attempt of one unit of work, as pure steps around the network call:
// build the signed request (core payload + sign), then turn the dispatcher's
// result into a Settlement (core classify + plan). No rule lives here: every
// decision is a core function; this file only connects them.
#include <cstdint>

#include "hookwork/delivery/delivery_queue.hpp"
#include "hookwork/delivery/dispatcher.hpp"
#include "hookwork/error.hpp"

namespace hookwork::delivery {

// The request for `work` at `now_ms`: payload built by core, signed with every
// secret of the hook (Standard Webhooks v1; webhook-id = first message's id).
Result<HttpRequest> build_signed_request(const ClaimedWork& work, std::int64_t now_ms);

// Credentials replaced by "[redacted]" for the attempt log.
Headers redact_headers(const Headers& headers);

// Classifies the result and plans the next step for the messages of `work`.
Settlement settle_attempt(const ClaimedWork& work, const Headers& sent_headers, const DispatchResult& result,
                          std::int64_t started_ms, std::int64_t now_ms, std::uint64_t seed);

// A unit whose request core refused to build: recorded and never retried.
Settlement settle_unbuildable(const ClaimedWork& work, const FieldErrors& errors, std::int64_t now_ms);

}  // namespace hookwork::delivery
