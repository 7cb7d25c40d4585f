#include "support/vectors.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <stdexcept>

namespace hookwork::test {

nlohmann::json expand_generators(const nlohmann::json& j) {
  if (j.is_object()) {
    if (j.contains("$repeat") && j.contains("count") && j.size() == 2) {
      std::string unit = j["$repeat"].get<std::string>();
      std::size_t count = j["count"].get<std::size_t>();
      std::string out;
      out.reserve(unit.size() * count);
      for (std::size_t i = 0; i < count; ++i) out += unit;
      return out;
    }
    if (j.contains("$nest") && j.contains("key") && j.contains("leaf") && j.size() == 3) {
      nlohmann::json v = expand_generators(j["leaf"]);
      std::string key = j["key"].get<std::string>();
      for (int i = 0, n = j["$nest"].get<int>(); i < n; ++i) v = nlohmann::json{{key, std::move(v)}};
      return v;
    }
    nlohmann::json out = nlohmann::json::object();
    for (auto it = j.begin(); it != j.end(); ++it) out[it.key()] = expand_generators(it.value());
    return out;
  }
  if (j.is_array()) {
    nlohmann::json out = nlohmann::json::array();
    for (const auto& e : j) out.push_back(expand_generators(e));
    return out;
  }
  return j;
}

bool vector_matches(const nlohmann::json& expected, const nlohmann::json& actual, bool subset) {
  if (!subset) return expected == actual;
  if (expected.is_object()) {
    if (!actual.is_object()) return false;
    for (auto it = expected.begin(); it != expected.end(); ++it) {
      auto found = actual.find(it.key());
      if (found == actual.end() || !vector_matches(it.value(), *found, true)) return false;
    }
    return true;
  }
  if (expected.is_array()) {
    if (!actual.is_array() || actual.size() != expected.size()) return false;
    for (std::size_t i = 0; i < expected.size(); ++i) {
      if (!vector_matches(expected[i], actual[i], true)) return false;
    }
    return true;
  }
  return expected == actual;
}

std::vector<VectorCase> load_vectors() {
  namespace fs = std::filesystem;
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(HOOKWORK_VECTORS_DIR)) {
    if (entry.path().extension() == ".json") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  std::vector<VectorCase> cases;
  for (const auto& path : files) {
    std::ifstream in(path);
    nlohmann::json doc = nlohmann::json::parse(in);
    for (const auto& c : doc.at("cases")) {
      VectorCase vc;
      vc.file = path.filename().string();
      vc.name = c.at("name").get<std::string>();
      vc.fn = c.at("fn").get<std::string>();
      vc.input = expand_generators(c.value("input", nlohmann::json::object()));
      vc.subset = c.contains("expect_subset");
      vc.expect = vc.subset ? c.at("expect_subset") : c.at("expect");
      cases.push_back(std::move(vc));
    }
  }
  return cases;
}

}  // namespace hookwork::test
