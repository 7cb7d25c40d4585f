#include "config.hpp"

namespace hookwork::runner {

bool split_listen_address(const std::string& listen, std::string& host, int& port) {
  auto colon = listen.rfind(':');
  if (colon == std::string::npos || colon == 0 || colon + 1 >= listen.size()) return false;
  host = listen.substr(0, colon);
  if (host.size() >= 2 && host.front() == '[' && host.back() == ']') host = host.substr(1, host.size() - 2);
  try {
    std::size_t used = 0;
    port = std::stoi(listen.substr(colon + 1), &used);
    return used == listen.size() - colon - 1 && port >= 0 && port <= 65535;
  } catch (...) {
    return false;
  }
}

Result<UrlPolicy> url_policy_of(const ServeConfig& c) {
  nlohmann::json cidrs = nlohmann::json::array();
  std::string item;
  for (std::size_t i = 0; i <= c.allow_cidrs.size(); ++i) {
    if (i == c.allow_cidrs.size() || c.allow_cidrs[i] == ',') {
      auto b = item.find_first_not_of(' ');
      auto e = item.find_last_not_of(' ');
      if (b != std::string::npos) cidrs.push_back(item.substr(b, e - b + 1));
      item.clear();
    } else {
      item.push_back(c.allow_cidrs[i]);
    }
  }
  return parse_url_policy(
      {{"allow_private", c.allow_private_urls}, {"allow_cidrs", cidrs}, {"https_only", c.https_only}});
}

std::string effective_store_url(const ServeConfig& c, bool store_given) {
  if (store_given || c.data_dir.empty()) return c.store;
  return "sqlite:" + c.data_dir + "/hookwork.db";
}

}  // namespace hookwork::runner
