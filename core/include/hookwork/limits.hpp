#pragma once
// Every limit the core enforces, in one place. The runner's configuration may
// override the ones marked "default"; docs/configuration.md (Limits) lists them for users.
#include <cstddef>
#include <cstdint>

namespace hookwork::limits {

inline constexpr std::size_t kAppMaxChars = 100;
inline constexpr std::size_t kEventTypeNameMaxChars = 64;
inline constexpr std::size_t kUrlMaxBytes = 2048;
inline constexpr std::size_t kHeaderValueMaxBytes = 4096;
inline constexpr std::size_t kHeaderNameMaxBytes = 256;
inline constexpr std::size_t kMaxCustomHeaders = 32;
inline constexpr int kBatchMaxEvents = 100;                    // seed 003
inline constexpr std::size_t kDefaultEventMaxBytes = 256 * 1024;  // default, configurable
// validate: hook fields, events, URL hosts (docs/configuration.md (Limits))
inline constexpr std::size_t kUserMaxChars = 100;
inline constexpr std::size_t kListIdMaxChars = 64;
// Per-hook delivery timeouts. The caps keep one attempt well inside the runner's 60 s+ claim lease.
inline constexpr int kHookTimeoutMinMs = 100;
inline constexpr int kHookConnectTimeoutMaxMs = 10 * 1000;
inline constexpr int kHookTimeoutMaxMs = 30 * 1000;          // Standard Webhooks: 15-30 s
inline constexpr std::size_t kBasicAuthMaxBytes = 256;         // username and password, each
inline constexpr std::size_t kRetryPolicyNameMaxChars = 64;
inline constexpr std::size_t kEventIdMaxBytes = 128;
inline constexpr std::size_t kEventTypeDescriptionMaxChars = 500;
inline constexpr std::size_t kMaxCustomEventTypes = 1000;      // per tenant list given to validate
inline constexpr std::size_t kHostMaxBytes = 253;              // DNS name, ASCII form
inline constexpr std::size_t kHostLabelMaxBytes = 63;
// filter
inline constexpr std::size_t kFilterPathMaxBytes = 256;        // one dotted path
inline constexpr std::size_t kFilterMaxDepth = 32;
inline constexpr std::size_t kFilterMaxNodes = 256;
inline constexpr std::size_t kJsonMaxDepth = 64;               // nesting accepted in event data


// sign: secrets and keys
inline constexpr std::size_t kLegacyKeyMaxBytes = 256;         // RC4 key schedule uses at most 256 bytes
inline constexpr std::size_t kSecretMinBytes = 24;             // Standard Webhooks: whsec_ + base64 of 24..64 bytes
inline constexpr std::size_t kSecretMaxBytes = 64;
inline constexpr std::size_t kRawSecretMaxBytes = 256;         // github / stripe secrets, used as given
inline constexpr std::size_t kMaxActiveSecrets = 10;           // rotation: signatures per header (Svix keeps <= 10 old keys)
inline constexpr std::int64_t kDefaultToleranceSeconds = 300;  // default; every reference library uses 5 minutes

// retry
inline constexpr std::size_t kMaxScheduleSteps = 100;          // delays in a custom schedule
inline constexpr int kMaxAttempts = 1000;                      // attempts a policy may allow per message
inline constexpr std::int64_t kMaxRetryDelayMs = 7LL * 24 * 3600 * 1000;  // one step of a schedule: at most 7 days
inline constexpr std::int64_t kMaxRetryAgeMs = 30LL * 24 * 3600 * 1000;   // a policy's max_age: at most 30 days
inline constexpr std::size_t kPreviewMaxSteps = 500;           // preview lists at most this many attempts

}  // namespace hookwork::limits
