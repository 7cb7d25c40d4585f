#include <catch2/catch.hpp>

#include "hookwork/payload_parameters.hpp"
#include "payload_fixtures.hpp"

using namespace hookwork;
using hookwork::test::make_event;

TEST_CASE("placeholders parse with their brackets and map to bare keys", "[payload_parameters]") {
  REQUIRE(parameter_placeholders().size() == 12);
  for (const auto& placeholder : parameter_placeholders()) {
    auto p = parse_parameter(placeholder);
    REQUIRE(p);
    CHECK("[" + std::string(parameter_key(*p)) + "]" == placeholder);
  }
  CHECK(parameter_placeholders().front() == "[EventDate]");
  CHECK(parameter_placeholders().back() == "[Channel]");
  for (const char* bad : {"Email", "[email]", "[Email", "Email]", "[Email] ", "", "[]"}) {
    INFO(bad);
    CHECK_FALSE(parse_parameter(bad));
  }
}

TEST_CASE("EventDate is ISO 8601 with milliseconds and a numeric offset", "[payload_parameters]") {
  CHECK(format_iso8601_with_offset(1347441517664, 120) == "2012-09-12T11:18:37.664+02:00");
  CHECK(format_iso8601_with_offset(1347441517664, 0) == "2012-09-12T09:18:37.664+00:00");
  CHECK(format_iso8601_with_offset(1347441517664, -330) == "2012-09-12T03:48:37.664-05:30");
  CHECK(format_iso8601_with_offset(0, 0) == "1970-01-01T00:00:00.000+00:00");
  CHECK(format_iso8601_with_offset(-1, 0) == "1969-12-31T23:59:59.999+00:00");
  CHECK(format_iso8601_with_offset(951782400000, 0) == "2000-02-29T00:00:00.000+00:00");  // leap day
  CHECK(format_iso8601_with_offset(253402300799999, 0) == "9999-12-31T23:59:59.999+00:00");
  CHECK(format_iso8601_with_offset(1704067199000, 60) == "2024-01-01T00:59:59.000+01:00");  // crosses the year
}

TEST_CASE("the offset of an ISO 8601 text is read from its end", "[payload_parameters]") {
  CHECK(utc_offset_minutes("2012-09-12T11:18:37.664+02:00") == 120);
  CHECK(utc_offset_minutes("2012-09-12T11:18:37.664+02") == 120);
  CHECK(utc_offset_minutes("2012-09-12T11:18:37-0530") == -330);
  CHECK(utc_offset_minutes("2012-09-12T11:18:37Z") == 0);
  CHECK(utc_offset_minutes("2012-09-12T11:18:37") == 0);   // no offset: UTC
  CHECK(utc_offset_minutes("2012-09-12") == 0);            // the date's dashes are not an offset
  CHECK(utc_offset_minutes("2012-09-12T11:18:37+25:00") == 0);
  CHECK(utc_offset_minutes("") == 0);
}

TEST_CASE("each parameter value comes from its documented source", "[payload_parameters]") {
  Event e = make_event("evt_1", {{"email", "ann@example.com"},
                                 {"reason", 3},
                                 {"message_id", "nl-42"},
                                 {"mobile_prefix", "+39"},
                                 {"mobile_number", "3331234567"},
                                 {"groups", {"vip", 7, "news"}},
                                 {"channel", "sms"}});
  e.list_id = "list-9";
  e.source = EventSource::Recipient;
  CHECK(parameter_value(Parameter::EventDate, e, "acc") == "2012-09-12T11:18:37.664+02:00");
  CHECK(parameter_value(Parameter::IdConsole, e, "acc") == "acc");
  CHECK(parameter_value(Parameter::IdList, e, "acc") == "list-9");
  CHECK(parameter_value(Parameter::IdNL, e, "acc") == "nl-42");
  CHECK(parameter_value(Parameter::EventType, e, "acc") == "subscribe");
  CHECK(parameter_value(Parameter::EventSource, e, "acc") == "recipient");
  CHECK(parameter_value(Parameter::Reason, e, "acc") == "3");  // non-string scalars as their JSON text
  CHECK(parameter_value(Parameter::Email, e, "acc") == "ann@example.com");
  CHECK(parameter_value(Parameter::Prefix, e, "acc") == "+39");
  CHECK(parameter_value(Parameter::Number, e, "acc") == "3331234567");
  CHECK(parameter_value(Parameter::Groups, e, "acc") == "vip,7,news");
  CHECK(parameter_value(Parameter::Channel, e, "acc") == 1);
}

TEST_CASE("absent values are null, Channel defaults to Unknown", "[payload_parameters]") {
  Event e = make_event("evt_2", nlohmann::json::object());
  for (Parameter p : {Parameter::IdConsole, Parameter::IdList, Parameter::IdNL, Parameter::EventSource,
                      Parameter::Reason, Parameter::Email, Parameter::Prefix, Parameter::Number, Parameter::Groups}) {
    INFO(parameter_key(p));
    CHECK(parameter_value(p, e, "").is_null());
  }
  CHECK(parameter_value(Parameter::Channel, e, "") == -1);
  CHECK(parameter_text(nullptr).empty());
  CHECK(parameter_text(-1) == "-1");
  CHECK(parameter_text("a&b") == "a&b");
}

TEST_CASE("Channel accepts the seed's codes and names", "[payload_parameters]") {
  const std::pair<nlohmann::json, int> cases[] = {{0, 0},       {1, 1},        {2, 2},         {5, 5},
                                                  {-1, -1},     {3, -1},       {"mail", 0},    {"email", 0},
                                                  {"sms", 1},   {"fax", 2},    {"social", 5},  {"pigeon", -1},
                                                  {true, -1},   {nullptr, -1}, {1.0, -1}};
  for (const auto& [given, code] : cases) {
    INFO(given.dump());
    CHECK(parameter_value(Parameter::Channel, make_event("e", {{"channel", given}}), "") == code);
  }
}

TEST_CASE("Groups given as a string is sent as it is", "[payload_parameters]") {
  CHECK(parameter_value(Parameter::Groups, make_event("e", {{"groups", "a,b"}}), "") == "a,b");
  CHECK(parameter_value(Parameter::Groups, make_event("e", {{"groups", nlohmann::json::array()}}), "") == "");
}
