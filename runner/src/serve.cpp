#include "serve.hpp"

#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <thread>

#include "accounts.hpp"
#include "delivery_service.hpp"
#include "hook_cache.hpp"
#include "http_server.hpp"
#include "log.hpp"
#include "os_random.hpp"
#include "services.hpp"
#include "sqlite_store.hpp"

namespace hookwork::runner {
namespace {

bool is_dir(const std::string& p) {
  struct stat st {};
  return !p.empty() && ::stat(p.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

std::string playground_dir(const ServeConfig& c) {
  if (!c.playground_dir.empty()) return is_dir(c.playground_dir) ? c.playground_dir : "";
  for (const char* candidate : {HOOKWORK_BUILT_PLAYGROUND_DIR, HOOKWORK_SOURCE_PLAYGROUND_DIR})
    if (is_dir(candidate) && ::access((std::string(candidate) + "/index.html").c_str(), R_OK) == 0)
      return candidate;
  return "";
}

log::Level parse_level(const std::string& s) {
  if (s == "debug") return log::Level::Debug;
  if (s == "warn") return log::Level::Warn;
  if (s == "error") return log::Level::Error;
  return log::Level::Info;
}

void announce_key(const std::string& account, const std::string& key) {
  std::printf("account %s created; API key (shown once, store it now): %s\n", account.c_str(), key.c_str());
  std::printf("try: curl -H 'Authorization: Bearer %s' http://<listen>/v1/%s/webhooks\n", key.c_str(),
              account.c_str());
}

}  // namespace

std::unique_ptr<Store> open_store(const std::string& url, const ServeConfig& config, const Clock& clock,
                                  Metrics* metrics) {
  std::string path = sqlite_path_from_url(url);
  if (path.empty()) {
    if (url.rfind("postgres", 0) == 0)
      throw std::runtime_error("the PostgreSQL store is not built into this version; use sqlite:<file>");
    throw std::runtime_error("unknown store URL '" + url + "' (expected sqlite:<file>)");
  }
  SqliteStore::Options o;
  o.path = path;
  o.max_batch = config.commit_batch_max;
  o.read_connections = config.store_read_connections;
  return std::make_unique<SqliteStore>(o, clock, metrics);
}

int run_serve(const ServeConfig& config, const std::string& store_url) {
  log::set_min_level(parse_level(config.log_level));
  std::string host;
  int port = 0;
  if (!split_listen_address(config.listen, host, port)) {
    std::fprintf(stderr, "hookwork: invalid --listen '%s' (expected host:port)\n", config.listen.c_str());
    return 2;
  }
  auto url_policy = url_policy_of(config);
  if (!url_policy.ok()) {
    for (const auto& e : url_policy.errors())
      std::fprintf(stderr, "hookwork: %s: %s\n", e.field.c_str(), e.message.c_str());
    return 2;
  }
  // Signals go to a dedicated thread (sigwait): block them before any thread starts.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGTERM);
  sigaddset(&stop_signals, SIGINT);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);
  ::signal(SIGPIPE, SIG_IGN);  // a client that hangs up must not end the process

  AdjustableClock clock;  // the system clock unless --clock-control moves it
  OsRandom random;
  Metrics metrics;
  std::unique_ptr<Store> store;
  try {
    store = open_store(store_url, config, clock, &metrics);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "hookwork: %s\n", e.what());
    return 2;
  }
  Store& st = *store;
  metrics.add_gauge("hookwork_queue_depth", "Deliveries waiting to be sent (state pending).",
                    [&st] { return static_cast<double>(st.count_deliveries(DeliveryState::Pending)); });
  metrics.add_gauge("hookwork_leased_deliveries", "Deliveries claimed by a worker and not yet settled (state in_flight).",
                    [&st] { return static_cast<double>(st.count_deliveries(DeliveryState::InFlight)); });
  metrics.add_gauge("hookwork_buffered_deliveries", "Deliveries held for deactivated hooks (state buffered).",
                    [&st] { return static_cast<double>(st.count_deliveries(DeliveryState::Buffered)); });

  if (!config.bootstrap_account.empty()) {
    if (!valid_account_name(config.bootstrap_account)) {
      std::fprintf(stderr, "hookwork: invalid account name '%s'\n", config.bootstrap_account.c_str());
      return 2;
    }
    if (auto created = create_account(st, config.bootstrap_account, clock, random))
      announce_key(created->account_id, created->api_key);
    else
      std::printf("account %s exists; its API key was shown when it was created\n",
                  config.bootstrap_account.c_str());
  } else if (st.list_accounts().empty()) {
    // First start on an empty store: make the quick start work without another command.
    if (auto created = create_account(st, "default", clock, random)) announce_key(created->account_id, created->api_key);
  }

  HookCache hooks(st);
  std::string shown_host = host.find(':') != std::string::npos ? "[" + host + "]" : host;
  std::unique_ptr<ActivationLinks> links;
  try {
    links = std::make_unique<ActivationLinks>(
        st.runner_secret("activation_link_key", [&] {
          auto b = random.bytes(32);
          return to_hex(b.data(), b.size());
        }(), clock.now_ms()),
        "", config.activation_link_ttl_s * 1000, random);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "hookwork: %s\n", e.what());
    return 2;
  }
  Services services{st, clock, random, metrics, hooks, config, url_policy.value(), *links};
  if (config.clock_control) services.adjustable_clock = &clock;
  auto server = std::make_unique<HttpServer>(services, playground_dir(config));
  int bound = server->bind(host, port);
  if (bound <= 0) {
    std::fprintf(stderr, "hookwork: cannot listen on %s\n", config.listen.c_str());
    return 1;
  }
  std::string base_url = config.public_url;
  while (!base_url.empty() && base_url.back() == '/') base_url.pop_back();
  if (base_url.empty()) base_url = "http://" + shown_host + ":" + std::to_string(bound);
  links->set_base_url(base_url);  // the port is known only now (port 0 picks one)
  std::unique_ptr<DeliveryService> deliveries;
  if (config.deliver) {
    try {
      deliveries = std::make_unique<DeliveryService>(st, clock, random, config, url_policy.value(), *links, hooks, metrics);
    } catch (const std::exception& e) {
      std::fprintf(stderr, "hookwork: %s\n", e.what());
      return 2;
    }
    auto* d = deliveries.get();
    services.wake_deliveries = [d] { d->wake(); };
    deliveries->start();
  }
  std::printf("listening on http://%s:%d\n", shown_host.c_str(), bound);
  std::fflush(stdout);
  log::info("listening", {{"address", shown_host + ":" + std::to_string(bound)}, {"store", store_url}});

  std::thread signal_waiter([&] {
    int sig = 0;
    sigwait(&stop_signals, &sig);
    log::info("stopping", {{"signal", sig}});
    server->stop();
  });
  bool ok = server->serve();  // returns once stopped and in-flight requests are answered
  ::kill(::getpid(), SIGTERM);  // wakes the waiter if serve() ended on its own
  signal_waiter.join();
  services.wake_deliveries = [] {};
  if (deliveries) deliveries->stop();  // requests on the wire finish and their outcome is recorded
  deliveries.reset();
  server.reset();
  store.reset();  // drains queued commits before the process ends
  log::info("stopped");
  return ok ? 0 : 1;
}

}  // namespace hookwork::runner
