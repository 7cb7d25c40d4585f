#pragma once
// Every route the API serves: core's operation table (hookwork/operations.hpp,
// the single source shared with the OpenAPI document, the samples and the
// playground) followed by the runner-only operations below, which are not in
// the shared list yet (account settings, the deliveries of one event, the
// function-surface DeactivateWebHook). docs/api.md lists them.
#include <vector>

#include "hookwork/operations.hpp"

namespace hookwork::runner {

using Operation = hookwork::ops::Operation;

const std::vector<Operation>& runner_only_operations();
// Core's operations, then the runner-only ones: what the router matches, in order.
const std::vector<const Operation*>& all_operations();

}  // namespace hookwork::runner
