#include <cstdlib>
#include <fstream>

#include <catch2/catch.hpp>

#include "config.hpp"
#include "config_sources.hpp"
#include "support/server_process.hpp"

using namespace hookwork::runner;

TEST_CASE("config: JSON and INI files read into normalized keys", "[config]") {
  hookwork::test::TempDir dir;
  std::ofstream(dir.file("a.json")) << R"({"max-body-bytes": 10, "listen": "0.0.0.0:1"})";
  std::ofstream(dir.file("a.ini")) << "; c\n[serve]\nmax_body_bytes = 10\nlisten = \"0.0.0.0:1\"\n";
  for (const auto& f : {dir.file("a.json"), dir.file("a.ini")}) {
    auto v = read_config_file(f);
    REQUIRE(v.at("max_body_bytes") == "10");
    REQUIRE(v.at("listen") == "0.0.0.0:1");
  }
  std::ofstream(dir.file("bad.ini")) << "no equals sign\n";
  REQUIRE_THROWS(read_config_file(dir.file("bad.ini")));
  REQUIRE_THROWS(read_config_file(dir.file("missing.json")));
}

TEST_CASE("config: environment beats the file, the command line beats both", "[config]") {
  std::string a = "default", b = "default", c = "default";
  std::vector<SettingSource> settings = {{"test_a", [&](const std::string& v) { a = v; }},
                                         {"test_b", [&](const std::string& v) { b = v; }},
                                         {"test_c", [&](const std::string& v) { c = v; }}};
  setenv("HOOKWORK_TEST_A", "env", 1);
  setenv("HOOKWORK_TEST_B", "env", 1);
  apply_env_and_file(settings, [](const std::string& n) { return n == "test_a"; },
                     {{"test_a", "file"}, {"test_b", "file"}, {"test_c", "file"}});
  unsetenv("HOOKWORK_TEST_A");
  unsetenv("HOOKWORK_TEST_B");
  REQUIRE(a == "default");  // given on the command line: untouched here
  REQUIRE(b == "env");
  REQUIRE(c == "file");
}

TEST_CASE("config: listen addresses and the data dir", "[config]") {
  std::string host;
  int port = -1;
  REQUIRE(split_listen_address("127.0.0.1:0", host, port));
  REQUIRE((host == "127.0.0.1" && port == 0));
  REQUIRE(split_listen_address("[::1]:8080", host, port));
  REQUIRE(host == "::1");
  REQUIRE_FALSE(split_listen_address("localhost", host, port));
  REQUIRE_FALSE(split_listen_address("h:99999", host, port));
  REQUIRE_FALSE(split_listen_address("h:12x", host, port));
  ServeConfig c;
  c.data_dir = "/srv/hw";
  REQUIRE(effective_store_url(c, false) == "sqlite:/srv/hw/hookwork.db");
  REQUIRE(effective_store_url(c, true) == c.store);
}
