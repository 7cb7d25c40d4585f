#pragma once
// Every limit the core enforces, in one place. The runner's configuration may
// override the ones marked "default"; docs/limits.md lists them for users.
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
inline constexpr std::size_t kFilterMaxDepth = 32;
inline constexpr std::size_t kFilterMaxNodes = 256;
inline constexpr std::size_t kJsonMaxDepth = 64;               // nesting accepted in event data

}  // namespace hookwork::limits
