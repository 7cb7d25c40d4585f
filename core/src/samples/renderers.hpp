#pragma once
// Internal: one renderer per target, each in its own file (core/src/samples/<target>.cpp).
#include <string>

#include "hookwork/error.hpp"
#include "hookwork/samples.hpp"

namespace hookwork::samples {

using Renderer = Result<std::string> (*)(const SampleRequest& request);

Result<std::string> render_curl(const SampleRequest& r);
Result<std::string> render_powershell_curl(const SampleRequest& r);
Result<std::string> render_httpie(const SampleRequest& r);
Result<std::string> render_wget(const SampleRequest& r);
Result<std::string> render_js_fetch(const SampleRequest& r);
Result<std::string> render_node_fetch(const SampleRequest& r);
Result<std::string> render_python_requests(const SampleRequest& r);
Result<std::string> render_python_http_client(const SampleRequest& r);
Result<std::string> render_php_curl(const SampleRequest& r);
Result<std::string> render_go(const SampleRequest& r);
Result<std::string> render_ruby(const SampleRequest& r);
Result<std::string> render_java(const SampleRequest& r);
Result<std::string> render_csharp(const SampleRequest& r);
Result<std::string> render_cpp_libcurl(const SampleRequest& r);

}  // namespace hookwork::samples
