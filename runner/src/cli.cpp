#include "cli.hpp"

#include <CLI/CLI.hpp>

#include <cstdio>
#include <set>

#include "accounts.hpp"
#include "clock.hpp"
#include "config.hpp"
#include "config_sources.hpp"
#include "os_random.hpp"
#include "serve.hpp"

namespace hookwork::runner {
namespace {

std::string flag_for(const std::string& name) {
  std::string flag = "--";
  for (char c : name) flag.push_back(c == '_' ? '-' : c);
  return flag;
}

template <class T>
std::function<void(const std::string&)> assign_number(T& target) {
  return [&target](const std::string& v) {
    std::size_t used = 0;
    long long n = std::stoll(v, &used);
    if (used != v.size() || n < 0) throw std::invalid_argument(v);
    target = static_cast<T>(n);
  };
}
std::function<void(const std::string&)> assign_bool(bool& target) {
  return [&target](const std::string& v) {
    if (v == "true" || v == "1" || v == "yes" || v == "on") target = true;
    else if (v == "false" || v == "0" || v == "no" || v == "off") target = false;
    else throw std::invalid_argument(v);
  };
}
std::function<void(const std::string&)> assign_text(std::string& target) {
  return [&target](const std::string& v) { target = v; };
}

struct Settings {
  ServeConfig config;
  std::string config_file;
  std::vector<SettingSource> sources;
};

// Every serve setting once: a flag, an environment variable and a config-file key.
void add_serve_options(CLI::App& cmd, Settings& s) {
  auto& c = s.config;
  struct Def {
    const char* name;
    const char* help;
    std::function<void(const std::string&)> assign;
    std::function<CLI::Option*(CLI::App&, const std::string&, const std::string&)> add;
  };
  auto text = [](std::string& t) {
    return [&t](CLI::App& a, const std::string& f, const std::string& h) { return a.add_option(f, t, h); };
  };
  // Negative numbers are refused on the command line as they are from the environment and the file.
  auto num = [](auto& t) {
    return [&t](CLI::App& a, const std::string& f, const std::string& h) {
      return a.add_option(f, t, h)->check(CLI::NonNegativeNumber);
    };
  };
  // A boolean that defaults to true needs a value (--deliver=false), not a presence flag.
  auto text_bool = [](bool& t) {
    return [&t](CLI::App& a, const std::string& f, const std::string& h) {
      auto parse = [&t, f](const std::string& v) {
        try {
          assign_bool(t)(v);
        } catch (const std::invalid_argument&) {
          throw CLI::ValidationError(f, "expected true or false, got '" + v + "'");
        }
      };
      return a.add_option_function<std::string>(f, parse, h)->default_str(t ? "true" : "false");
    };
  };
  auto flag = [](bool& t) {
    return [&t](CLI::App& a, const std::string& f, const std::string& h) { return a.add_flag(f, t, h); };
  };
  std::vector<Def> defs = {
      {"listen", "address to listen on, host:port (port 0 = any free port)", assign_text(c.listen), text(c.listen)},
      {"store", "store URL: sqlite:<file>", assign_text(c.store), text(c.store)},
      {"data_dir", "directory for the default SQLite file (used when --store is not given)", assign_text(c.data_dir),
       text(c.data_dir)},
      {"playground_dir", "static files served at / (default: the built playground)", assign_text(c.playground_dir),
       text(c.playground_dir)},
      {"bootstrap_account", "create this account at start and print its API key once",
       assign_text(c.bootstrap_account), text(c.bootstrap_account)},
      {"log_level", "debug | info | warn | error (debug logs every request)", assign_text(c.log_level),
       text(c.log_level)},
      {"max_body_bytes", "largest request body accepted; larger answers 413", assign_number(c.max_body_bytes),
       num(c.max_body_bytes)},
      {"http_threads", "threads running the handlers that may block on the store (publish never waits on one)",
       assign_number(c.http_threads), num(c.http_threads)},
      {"http_io_threads", "event loops serving the connections (0 = one per core, at most 8)",
       assign_number(c.http_io_threads), num(c.http_io_threads)},
      {"max_header_bytes", "largest request line plus headers accepted; larger answers 431",
       assign_number(c.max_header_bytes), num(c.max_header_bytes)},
      {"read_timeout_s", "seconds a client may take to send each part of a request",
       assign_number(c.read_timeout_s), num(c.read_timeout_s)},
      {"write_timeout_s", "seconds a client may take to read each part of a response",
       assign_number(c.write_timeout_s), num(c.write_timeout_s)},
      {"keep_alive_timeout_s", "idle seconds before a keep-alive connection is closed",
       assign_number(c.keep_alive_timeout_s), num(c.keep_alive_timeout_s)},
      {"keep_alive_max_requests", "requests per keep-alive connection", assign_number(c.keep_alive_max_requests),
       num(c.keep_alive_max_requests)},
      {"idempotency_ttl_s", "seconds an Idempotency-Key is remembered", assign_number(c.idempotency_ttl_s),
       num(c.idempotency_ttl_s)},
      {"commit_batch_max", "most writes sharing one group commit", assign_number(c.commit_batch_max),
       num(c.commit_batch_max)},
      {"store_read_connections", "pooled read connections", assign_number(c.store_read_connections),
       num(c.store_read_connections)},
      {"replay_window_days", "days of buffered events replayed on activation (seed 000: 5)",
       assign_number(c.replay_window_days), num(c.replay_window_days)},
      {"allow_private_urls", "accept hook/notification URLs on private, loopback or link-local addresses",
       assign_bool(c.allow_private_urls), flag(c.allow_private_urls)},
      {"allow_cidrs", "comma-separated address ranges accepted even though private, e.g. 10.1.0.0/16",
       assign_text(c.allow_cidrs), text(c.allow_cidrs)},
      {"https_only", "accept only https:// hook and notification URLs", assign_bool(c.https_only),
       flag(c.https_only)},
      {"deliver", "run the delivery worker (false: accept and queue only)", assign_bool(c.deliver),
       text_bool(c.deliver)},
      {"delivery_max_in_flight", "delivery requests on the wire at once", assign_number(c.delivery_max_in_flight),
       num(c.delivery_max_in_flight)},
      {"connect_timeout_ms", "milliseconds to connect to a receiver", assign_number(c.connect_timeout_ms),
       num(c.connect_timeout_ms)},
      {"total_timeout_ms", "milliseconds a delivery may take in all before it counts as a timeout",
       assign_number(c.total_timeout_ms), num(c.total_timeout_ms)},
      {"deactivate_after_exhausted", "deactivate a hook after this many messages in a row exhausted their retries",
       assign_number(c.deactivate_after_exhausted), num(c.deactivate_after_exhausted)},
      {"deactivate_after_failing_s", "or after it failed this many seconds with no success",
       assign_number(c.deactivate_after_failing_s), num(c.deactivate_after_failing_s)},
      {"public_url", "base URL of the links in notifications (default http://<listen>)", assign_text(c.public_url),
       text(c.public_url)},
      {"activation_link_ttl_s", "seconds a one-click reactivation link stays valid",
       assign_number(c.activation_link_ttl_s), num(c.activation_link_ttl_s)},
      {"clock_control", "tests only: POST /_clock moves the runner's clock forward", assign_bool(c.clock_control),
       flag(c.clock_control)},
  };
  for (auto& d : defs) {
    std::string help = std::string(d.help) + " [env " + env_name_for(d.name) + "]";
    d.add(cmd, flag_for(d.name), help)->capture_default_str();
    s.sources.push_back({d.name, d.assign});
  }
  cmd.add_option("--config", s.config_file, "config file, JSON object or INI key = value [env HOOKWORK_CONFIG]")
      ->envname("HOOKWORK_CONFIG");
}

int serve_command(CLI::App& cmd, Settings& s) {
  std::map<std::string, std::string> file_values;
  try {
    if (!s.config_file.empty()) file_values = read_config_file(s.config_file);
    std::set<std::string> known;
    for (const auto& src : s.sources) known.insert(src.name);
    for (const auto& [key, value] : file_values)
      if (!known.count(key)) throw std::runtime_error("unknown key '" + key + "' in " + s.config_file);
    apply_env_and_file(
        s.sources, [&](const std::string& name) { return cmd.get_option(flag_for(name))->count() > 0; },
        file_values);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "hookwork: %s\n", e.what());
    return 2;
  }
  bool store_given = cmd.get_option("--store")->count() > 0 || std::getenv("HOOKWORK_STORE") != nullptr ||
                     file_values.count("store") > 0;
  return run_serve(s.config, effective_store_url(s.config, store_given));
}

std::string store_url_for_accounts(const std::string& store, const std::string& data_dir) {
  ServeConfig c;
  if (!store.empty()) c.store = store;
  c.data_dir = data_dir;
  return effective_store_url(c, !store.empty());
}

}  // namespace

int run_cli(int argc, char** argv) {
  CLI::App app{"hookwork: webhook runner (HTTP API, durable queue, deliveries)"};
  app.require_subcommand(1);

  Settings serve_settings;
  auto* serve = app.add_subcommand("serve", "run the HTTP API and the delivery worker");
  add_serve_options(*serve, serve_settings);

  std::string store, data_dir, name;
  auto* accounts = app.add_subcommand("accounts", "manage accounts and their API keys");
  accounts->require_subcommand(1);
  auto add_store_flags = [&](CLI::App* c) {
    c->add_option("--store", store, "store URL: sqlite:<file> [env HOOKWORK_STORE]")->envname("HOOKWORK_STORE");
    c->add_option("--data-dir", data_dir, "directory of the default SQLite file [env HOOKWORK_DATA_DIR]")
        ->envname("HOOKWORK_DATA_DIR");
  };
  auto* create = accounts->add_subcommand("create", "create an account; prints its API key once");
  create->add_option("name", name, "account name: a-z 0-9 - _, 1..63 chars")->required();
  add_store_flags(create);
  auto* list = accounts->add_subcommand("list", "list accounts");
  add_store_flags(list);
  auto* version = app.add_subcommand("version", "print the version");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e);
  }

  if (version->parsed()) {
    std::printf("hookwork %s\n", HOOKWORK_VERSION);
    return 0;
  }
  if (serve->parsed()) return serve_command(*serve, serve_settings);

  SystemClock clock;
  OsRandom random;
  ServeConfig defaults;
  std::unique_ptr<Store> st;
  try {
    st = open_store(store_url_for_accounts(store, data_dir), defaults, clock, nullptr);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "hookwork: %s\n", e.what());
    return 2;
  }
  if (create->parsed()) {
    if (!valid_account_name(name)) {
      std::fprintf(stderr, "hookwork: invalid account name '%s' (a-z 0-9 - _, 1..63 chars)\n", name.c_str());
      return 2;
    }
    auto created = create_account(*st, name, clock, random);
    if (!created) {
      std::fprintf(stderr, "hookwork: account '%s' already exists\n", name.c_str());
      return 1;
    }
    std::fprintf(stderr, "account %s created; its API key follows (shown once):\n", name.c_str());
    std::printf("%s\n", created->api_key.c_str());
    return 0;
  }
  if (list->parsed()) {
    for (const auto& a : st->list_accounts())
      std::printf("%s\t%s\n", a.id.c_str(), format_iso8601_ms(a.created_at).c_str());
    return 0;
  }
  return 0;
}

}  // namespace hookwork::runner
