#include <catch2/catch.hpp>

#include "hookwork/model.hpp"

using namespace hookwork;

TEST_CASE("vocabulary enums round-trip to their strings", "[model]") {
  for (auto m : {HttpMethod::Get, HttpMethod::Post}) REQUIRE(parse_http_method(to_string(m)) == m);
  for (auto s : {EventSource::Api, EventSource::Console, EventSource::Recipient}) REQUIRE(parse_event_source(to_string(s)) == s);
  for (auto o : {Ordering::None, Ordering::Fifo}) REQUIRE(parse_ordering(to_string(o)) == o);
  REQUIRE_FALSE(parse_http_method("get"));
  REQUIRE_FALSE(parse_http_method("PUT"));
  REQUIRE_FALSE(parse_event_source("API"));
  REQUIRE_FALSE(parse_ordering(""));
}
