#pragma once
// Internal: the fetch(...) call both JavaScript targets write (js_fetch.cpp).
#include <string>

#include "hookwork/samples.hpp"

namespace hookwork::samples {

std::string fetch_call(const SampleRequest& r);

}  // namespace hookwork::samples
