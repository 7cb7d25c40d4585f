#include "static_files.hpp"

#include <filesystem>
#include <fstream>
#include <sstream>

#include "hookwork/encoding.hpp"
#include "hookwork/sha256.hpp"

namespace hookwork::runner {
namespace {

namespace fs = std::filesystem;

constexpr std::size_t kStaticFilesMaxBytes = 64 * 1024 * 1024;  // a playground is under 1 MiB

std::string read_file(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

bool ends_with(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

}  // namespace

std::string content_type_for(const std::string& path) {
  static const std::pair<const char*, const char*> kTypes[] = {
      {".html", "text/html; charset=utf-8"},        {".js", "text/javascript; charset=utf-8"},
      {".mjs", "text/javascript; charset=utf-8"},   {".css", "text/css; charset=utf-8"},
      {".json", "application/json; charset=utf-8"}, {".wasm", "application/wasm"},
      {".svg", "image/svg+xml"},                    {".png", "image/png"},
      {".ico", "image/x-icon"},                     {".txt", "text/plain; charset=utf-8"},
      {".map", "application/json; charset=utf-8"},  {".ts", "text/plain; charset=utf-8"},
  };
  for (const auto& [ext, type] : kTypes)
    if (ends_with(path, ext)) return type;
  return "application/octet-stream";
}

bool accepts_gzip(const std::string& accept_encoding) {
  std::stringstream items(accept_encoding);
  std::string item;
  while (std::getline(items, item, ',')) {
    auto b = item.find_first_not_of(' ');
    if (b == std::string::npos) continue;
    item = item.substr(b);
    if (item.rfind("gzip", 0) != 0 && item.rfind("*", 0) != 0) continue;
    auto q = item.find("q=");
    if (q == std::string::npos) return true;
    return std::strtod(item.c_str() + q + 2, nullptr) > 0;
  }
  return false;
}

StaticFiles::StaticFiles(const std::string& dir) {
  if (dir.empty()) return;
  std::error_code ec;
  const fs::path root = fs::canonical(dir, ec);
  if (ec) return;
  std::size_t total = 0;
  for (auto it = fs::recursive_directory_iterator(root, ec); !ec && it != fs::recursive_directory_iterator();
       it.increment(ec)) {
    if (!it->is_regular_file(ec) || it->is_symlink(ec)) continue;
    const std::string rel = "/" + fs::relative(it->path(), root, ec).generic_string();
    if (ec || ends_with(rel, ".gz")) continue;
    StaticFile f;
    f.content_type = content_type_for(rel);
    f.body = read_file(it->path());
    fs::path twin = it->path();
    twin += ".gz";
    if (fs::is_regular_file(twin, ec)) f.gzip = read_file(twin);
    total += f.body.size() + f.gzip.size();
    if (total > kStaticFilesMaxBytes) break;
    f.etag = "\"" + hex_encode(sha256(f.body)).substr(0, 32) + "\"";
    files_.emplace(rel, std::move(f));
  }
}

const StaticFile* StaticFiles::find(const std::string& url_path) const {
  if (url_path.empty() || url_path[0] != '/' || url_path.find("..") != std::string::npos) return nullptr;
  std::string key = url_path;
  if (key.back() == '/') key += "index.html";
  auto it = files_.find(key);
  if (it == files_.end()) it = files_.find(key + "/index.html");
  return it == files_.end() ? nullptr : &it->second;
}

}  // namespace hookwork::runner
