// Core hot paths against an in-run peer: nlohmann build+dump of the same 1 KiB
// envelope (what a naive per-delivery serializer pays). Figures and how to read
// them: docs/benchmarks.md ("Core"). Run: ./build/release/bench/core_bench
#include <benchmark/benchmark.h>

#include <cstdio>
#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "hookwork/filter.hpp"
#include "hookwork/model.hpp"
#include "hookwork/payload.hpp"
#include "hookwork/validate.hpp"

namespace {

using hookwork::Event;
using hookwork::HookSpec;

// A 1 KiB envelope, built field by field: the peer does exactly this per iteration.
nlohmann::json build_envelope_1kib(int n) {
  nlohmann::json data = nlohmann::json::object();
  data["email"] = "recipient." + std::to_string(n) + "@example.com";
  data["first_name"] = "Ann";
  data["last_name"] = "Example";
  data["list_id"] = 123456789003;
  data["mailing_id"] = 123456789004;
  data["recipient_id"] = "123456789005";
  data["remote_address"] = "203.0.113.7";
  data["device"] = "desktop";
  data["operating_system"] = "Windows 10";
  data["browser"] = "Firefox 64.1";
  data["groups"] = {"news", "vip", "beta", "it", "customers"};
  data["created"] = 1564590054000;
  data["subscription_id"] = 1234567;
  data["mail_id"] = "3IHQ2XT8-38PY7WFQ-XKNQSY";
  data["link"] = "https://shop.example.com/offers/2026/winter?utm_source=mail&utm_medium=newsletter&utm_campaign=w";
  data["tags"] = {{"segment", "gold"}, {"score", 87.5}, {"consent", true}, {"locale", "it-IT"}};
  data["note"] = std::string(380, 'x');
  nlohmann::json env{{"data", std::move(data)},
                     {"id", "evt_" + std::to_string(n)},
                     {"occurred_at", "2026-11-22T07:30:00.000+01:00"},
                     {"type", "message_click"},
                     {"app", "crm"},
                     {"source", "recipient"},
                     {"list_id", "list-9"}};
  return env;
}

Event event_1kib(int n) {
  nlohmann::json env = build_envelope_1kib(n);
  Event e;
  e.id = env["id"];
  e.type = env["type"];
  e.occurred_at = env["occurred_at"];
  e.occurred_at_ms = 1795329000000;
  e.app = "crm";
  e.source = hookwork::EventSource::Recipient;
  e.list_id = "list-9";
  e.data = env["data"];
  e.canonical = env.dump();
  return e;
}

HookSpec post_hook(int batch_max) {
  HookSpec h;
  h.event = "message_click";
  h.url = "https://receiver.example.com/hooks/hookwork";
  h.batch_max = batch_max;
  h.basic_auth = hookwork::BasicAuth{"user", "secret"};
  h.headers = {{"X-Tenant", "acme"}, {"X-Env", "prod"}};
  return h;
}

hookwork::BuildOptions build_options() {
  hookwork::BuildOptions o;
  o.message_id = "msg_2Uj8Rk1cY3aVb5cQ0pWm";
  o.timestamp = 1795329000;
  o.account_id = "100";
  return o;
}

void peer_nlohmann_build_dump_1kib(benchmark::State& state) {
  for (auto _ : state) {
    std::string text = build_envelope_1kib(1).dump();
    benchmark::DoNotOptimize(text.data());
  }
  state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(build_envelope_1kib(1).dump().size()));
}
BENCHMARK(peer_nlohmann_build_dump_1kib);

void payload_build_post_1kib(benchmark::State& state) {
  const Event e = event_1kib(1);
  const std::vector<const Event*> events{&e};
  const HookSpec hook = post_hook(1);
  const auto options = build_options();
  for (auto _ : state) {
    auto req = hookwork::build_request(hook, events, options);
    benchmark::DoNotOptimize(req.value().body.data());
  }
  state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(e.canonical.size()));
}
BENCHMARK(payload_build_post_1kib);

void payload_build_get_1kib(benchmark::State& state) {
  const Event e = event_1kib(1);
  const std::vector<const Event*> events{&e};
  HookSpec hook = post_hook(1);
  hook.method = hookwork::HttpMethod::Get;
  const auto options = build_options();
  for (auto _ : state) {
    auto req = hookwork::build_request(hook, events, options);
    benchmark::DoNotOptimize(req.value().url.data());
  }
  state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(e.canonical.size()));
}
BENCHMARK(payload_build_get_1kib);

void payload_build_batch_100(benchmark::State& state) {
  std::vector<Event> storage;
  for (int i = 0; i < 100; ++i) storage.push_back(event_1kib(i));
  std::vector<const Event*> events;
  for (const auto& e : storage) events.push_back(&e);
  const HookSpec hook = post_hook(100);
  const auto options = build_options();
  std::int64_t bytes = 0;
  state.counters["events"] = 100;  // per iteration: the ratio is reported per event
  for (auto _ : state) {
    auto req = hookwork::build_request(hook, events, options);
    bytes += static_cast<std::int64_t>(req.value().body.size());
    benchmark::DoNotOptimize(req.value().body.data());
  }
  state.SetBytesProcessed(bytes);
}
BENCHMARK(payload_build_batch_100);

void payload_build_parameters(benchmark::State& state) {
  const Event e = event_1kib(1);
  const std::vector<const Event*> events{&e};
  HookSpec hook = post_hook(1);
  hook.parameters = {"[EventDate]", "[IdConsole]", "[IdList]", "[EventType]", "[Email]", "[Groups]", "[Channel]"};
  const auto options = build_options();
  for (auto _ : state) {
    auto req = hookwork::build_request(hook, events, options);
    benchmark::DoNotOptimize(req.value().body.data());
  }
}
BENCHMARK(payload_build_parameters);

// A typical hook; `types` > 1 spreads hooks over that many event types (the event is "subscribe").
nlohmann::json hook_input(int i, int types = 1) {
  static const char* kTypes[] = {"subscribe", "unsubscribe", "mailing_finish", "mailing_start", "member_signup",
                                 "message_open", "message_click", "member_optout", "message_share", "import_finish"};
  return {{"app", "crm"},
          {"event", kTypes[i % types]},
          {"url", "https://receiver" + std::to_string(i % 50) + ".example.com/hooks/in?tenant=acme"},
          {"method", "POST"},
          {"batch_max", 10},
          {"basic_auth", {{"username", "user"}, {"password", "secret"}}},
          {"headers", {{{"name", "X-Tenant"}, {"value", "acme"}}, {{"name", "X-Env"}, {"value", "prod"}}}},
          {"filter", {{"data.amount", {{"$gt", i % 100}}}, {"data.country", {{"$in", {"DE", "AT", "IT"}}}}}}};
}

void validate_hook_typical(benchmark::State& state) {
  const nlohmann::json input = hook_input(7);
  const hookwork::ValidationContext ctx;
  for (auto _ : state) {
    auto hook = hookwork::validate_hook(input, ctx);
    benchmark::DoNotOptimize(hook.ok());
  }
}
BENCHMARK(validate_hook_typical);

// 10 000 hooks with compiled filters. Arg 1: worst case for the type index, all
// hooks subscribe to the event's type and every filter is evaluated; arg 10:
// hooks spread over 10 event types, so 1 000 are candidates.
void match_one_event_10000_hooks(benchmark::State& state) {
  const hookwork::ValidationContext ctx;
  hookwork::HookMatcher matcher;
  const int types = static_cast<int>(state.range(0));
  for (int i = 0; i < 10000; ++i) {
    auto hook = hookwork::validate_hook(hook_input(i, types), ctx);
    if (!hook || !matcher.add(hook.value())) {
      state.SkipWithError("a benchmark hook was refused");
      return;
    }
  }
  auto event = hookwork::validate_event(
      {{"type", "subscribe"}, {"occurred_at", "2026-11-22T07:30:00.000+01:00"}, {"app", "crm"},
       {"data", {{"amount", 42}, {"country", "IT"}, {"email", "ann@example.com"}}}},
      "evt_1", ctx);
  if (!event) {
    state.SkipWithError("the benchmark event was refused");
    return;
  }
  std::size_t matched = 0;
  for (auto _ : state) {
    auto hits = matcher.match(event.value());
    matched = hits.size();
    benchmark::DoNotOptimize(hits.data());
  }
  state.counters["matched"] = static_cast<double>(matched);
}
BENCHMARK(match_one_event_10000_hooks)->Arg(1)->Arg(10)->Unit(benchmark::kMicrosecond);

// Prints the usual table, then each benchmark's time as a ratio of the peer's.
class RatioReporter : public benchmark::ConsoleReporter {
 public:
  void ReportRuns(const std::vector<Run>& runs) override {
    ConsoleReporter::ReportRuns(runs);
    for (const auto& r : runs) {
      // With --benchmark_repetitions the median is used, else the single run.
      const bool median = r.run_type == Run::RT_Aggregate && r.aggregate_name == "median";
      if ((r.run_type == Run::RT_Iteration || median) && !r.error_occurred) {
        auto events = r.counters.find("events");
        double per = events == r.counters.end() ? 1.0 : static_cast<double>(events->second);
        times_ns_[r.run_name.function_name + (r.run_name.args.empty() ? "" : "/" + r.run_name.args)] = r.GetAdjustedRealTime() * time_unit_ns(r.time_unit) / per;
      }
    }
  }
  void Finalize() override {
    ConsoleReporter::Finalize();
    auto peer = times_ns_.find("peer_nlohmann_build_dump_1kib");
    if (peer == times_ns_.end()) return;
    std::printf("\nspeed vs the peer (nlohmann build+dump of the 1 KiB envelope: %.0f ns), per event:\n",
                peer->second);
    for (const auto& [name, ns] : times_ns_) {
      if (name != peer->first) std::printf("  %-36s %10.1f ns  %8.1fx\n", name.c_str(), ns, peer->second / ns);
    }
  }

 private:
  static double time_unit_ns(benchmark::TimeUnit u) {
    switch (u) {
      case benchmark::kSecond: return 1e9;
      case benchmark::kMillisecond: return 1e6;
      case benchmark::kMicrosecond: return 1e3;
      default: return 1.0;
    }
  }
  std::map<std::string, double> times_ns_;
};

}  // namespace

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  RatioReporter reporter;
  benchmark::RunSpecifiedBenchmarks(&reporter);
  benchmark::Shutdown();
  return 0;
}
