#pragma once
// The playground's files, read once at start and served from memory. A file
// with a precompressed twin (FILE.gz, written by scripts/build-playground.sh)
// goes out as that twin to clients that accept gzip — the .wasm included —
// so nothing is compressed per request (cpp-httplib would Brotli-compress
// every text file at quality 11 on each GET, which cost more than the
// transfer it saved on loopback).
#include <map>
#include <optional>
#include <string>

namespace hookwork::runner {

struct StaticFile {
  std::string content_type;
  std::string body;   // as on disk
  std::string gzip;   // FILE.gz's bytes, "" when there is none
  std::string etag;   // quoted, from the content
};

class StaticFiles {
 public:
  // Every regular file below `dir` (no links followed out of it); an empty `dir` serves nothing.
  explicit StaticFiles(const std::string& dir);

  // "/" and directory paths mean their index.html; nullptr when absent or the path leaves the folder.
  const StaticFile* find(const std::string& url_path) const;
  std::size_t size() const { return files_.size(); }

 private:
  std::map<std::string, StaticFile> files_;  // key: "/js/main.js"
};

// "text/html; charset=utf-8" for "index.html" and so on; application/octet-stream when unknown.
std::string content_type_for(const std::string& path);
// Whether an Accept-Encoding header value admits gzip (present and not q=0).
bool accepts_gzip(const std::string& accept_encoding);

}  // namespace hookwork::runner
