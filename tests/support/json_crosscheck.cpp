#include "support/json_crosscheck.hpp"

#include <catch2/catch.hpp>

namespace hookwork::test {

boost::json::value parse_independently(const std::string& text) {
  boost::json::error_code ec;
  boost::json::parse_options opts;
  opts.max_depth = 10000;
  auto v = boost::json::parse(text, ec, {}, opts);
  INFO("text: " << text.substr(0, 500));
  REQUIRE_FALSE(ec);
  return v;
}

namespace {

bool numbers_equal(const boost::json::value& a, const nlohmann::json& b) {
  if (a.is_int64() && b.is_number_integer()) {
    return b.is_number_unsigned() ? a.as_int64() >= 0 && static_cast<std::uint64_t>(a.as_int64()) == b.get<std::uint64_t>()
                                  : a.as_int64() == b.get<std::int64_t>();
  }
  if (a.is_uint64() && b.is_number_integer()) {
    return b.is_number_unsigned() ? a.as_uint64() == b.get<std::uint64_t>()
                                  : b.get<std::int64_t>() >= 0 && a.as_uint64() == static_cast<std::uint64_t>(b.get<std::int64_t>());
  }
  double da = a.is_double() ? a.as_double() : a.is_int64() ? static_cast<double>(a.as_int64()) : static_cast<double>(a.as_uint64());
  return da == b.get<double>();
}

bool compare(const boost::json::value& a, const nlohmann::json& b, const std::string& path, std::string* where) {
  auto mismatch = [&] {
    if (where) *where = path.empty() ? "$" : path;
    return false;
  };
  switch (a.kind()) {
    case boost::json::kind::null: return b.is_null() ? true : mismatch();
    case boost::json::kind::bool_: return b.is_boolean() && b.get<bool>() == a.as_bool() ? true : mismatch();
    case boost::json::kind::int64:
    case boost::json::kind::uint64:
    case boost::json::kind::double_: return b.is_number() && numbers_equal(a, b) ? true : mismatch();
    case boost::json::kind::string:
      return b.is_string() && b.get_ref<const std::string&>() == std::string(a.as_string()) ? true : mismatch();
    case boost::json::kind::array: {
      if (!b.is_array() || b.size() != a.as_array().size()) return mismatch();
      for (std::size_t i = 0; i < b.size(); ++i) {
        if (!compare(a.as_array()[i], b[i], path + "[" + std::to_string(i) + "]", where)) return false;
      }
      return true;
    }
    case boost::json::kind::object: {
      const auto& o = a.as_object();
      if (!b.is_object() || b.size() != o.size()) return mismatch();
      for (const auto& kv : o) {
        std::string key(kv.key());
        auto it = b.find(key);
        if (it == b.end()) {
          if (where) *where = path + "." + key;
          return false;
        }
        if (!compare(kv.value(), *it, path + "." + key, where)) return false;
      }
      return true;
    }
  }
  return mismatch();
}

}  // namespace

bool same_json(const boost::json::value& a, const nlohmann::json& b, std::string* where) {
  return compare(a, b, "", where);
}

void require_json_text_equals(const std::string& text, const nlohmann::json& expected) {
  auto parsed = parse_independently(text);
  std::string where;
  INFO("text:     " << text.substr(0, 2000));
  INFO("expected: " << expected.dump().substr(0, 2000));
  bool same = same_json(parsed, expected, &where);
  INFO("first difference at " << where);
  REQUIRE(same);
}

void require_parsers_agree(const std::string& text) {
  auto ours = nlohmann::json::parse(text, nullptr, false);
  INFO("text: " << text.substr(0, 2000));
  REQUIRE_FALSE(ours.is_discarded());
  require_json_text_equals(text, ours);
}

}  // namespace hookwork::test
