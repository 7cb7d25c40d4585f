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

std::string effective_store_url(const ServeConfig& c, bool store_given) {
  if (store_given || c.data_dir.empty()) return c.store;
  return "sqlite:" + c.data_dir + "/hookwork.db";
}

}  // namespace hookwork::runner
