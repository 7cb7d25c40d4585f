#include <catch2/catch.hpp>

#include <map>
#include <set>

#include "hookwork/api.hpp"
#include "hookwork/catalog.hpp"
#include "support/json_crosscheck.hpp"

using namespace hookwork;

TEST_CASE("the Emma types keep their published ids and descriptions", "[catalog]") {
  // Seed 002, list_webhook_event_types, verbatim.
  const std::vector<std::pair<std::string, std::string>> emma = {
      {"mailing_finish", "Fired when a mailing is finished."},
      {"mailing_start", "Fired when a mailing starts."},
      {"member_signup", "Fired when a member signs up through a signup form."},
      {"message_open", "Fired when a message is opened."},
      {"message_click", "Fired when a link in a message is clicked."},
      {"member_optout", "Fired when a member opts out."},
      {"message_share", "Fired when a member shares a message."},
      {"message_share_click", "Fired when a someone follows a link a member has shared."},
      {"import_finish", "Fired when a member import completes."},
      {"member_update", "Fired when a member is updated."},
      {"member_delete", "Fired when a member is deleted."},
      {"member_add_to_group", "Fired when a member(s) is added to a group(s)."},
      {"member_remove_from_group", "Fired when a member(s) is removed from a group(s)."},
      {"group_create", "Fired when a group is created."},
      {"group_delete", "Fired when a group is deleted."},
      {"group_update", "Fired when a group is updated."},
      {"member_status_update", "Fired when a member's status changes."},
      {"message_forward", "Fired when a message is forwarded."}};
  for (std::size_t i = 0; i < emma.size(); ++i) {
    const EventType* t = find_builtin_event_type(emma[i].first);
    REQUIRE(t != nullptr);
    CHECK(*t->id == static_cast<int>(i + 1));
    CHECK(t->description == emma[i].second);
    CHECK(t->origins == std::vector<std::string>{"emma"});
  }
}

TEST_CASE("every seed family is in the catalog with unique names and ids", "[catalog]") {
  std::set<std::string> names;
  std::set<int> ids;
  std::map<std::string, int> per_origin;
  for (const auto& t : builtin_event_types()) {
    CHECK(names.insert(t.name).second);
    CHECK(ids.insert(*t.id).second);
    CHECK(is_valid_event_type_name(t.name));
    for (const auto& o : t.origins) per_origin[o]++;
  }
  CHECK(per_origin["emma"] == 18);
  CHECK(per_origin["mailingwork"] == 3);
  CHECK(per_origin["mailup"] == 4);
  CHECK(per_origin["episerver"] == 4);
  CHECK(builtin_event_types().size() == 18 + 3 + 4 + 3);  // unsubscribe is shared
  CHECK(find_builtin_event_type("optin_finalized")->description == "login successful");
  const EventType* unsubscribe = find_builtin_event_type("unsubscribe");
  REQUIRE(unsubscribe);
  CHECK(unsubscribe->origins == std::vector<std::string>{"mailup", "episerver"});
  CHECK(*unsubscribe->id == 202);
  for (const char* n : {"subscribe", "changeprofile", "delete", "open", "click", "bounce",
                        "optout_finalized", "profilemanager_finalized"}) {
    CHECK(find_builtin_event_type(n) != nullptr);
  }
}

TEST_CASE("the list serializes every type and reads back with an independent parser", "[catalog]") {
  auto json = to_json(builtin_event_types());
  test::require_json_text_equals(json.dump(), json);
  CHECK(json[0] == nlohmann::json{{"id", 1}, {"name", "mailing_finish"},
                                  {"description", "Fired when a mailing is finished."}, {"origins", {"emma"}}});
}

TEST_CASE("custom types: syntax, length, clashes and types are checked", "[catalog]") {
  CHECK(check_custom_event_type({{"name", "invoice.paid"}, {"description", "An invoice was paid"}}).ok());
  CHECK(check_custom_event_type({{"name", std::string(64, 'a')}}).ok());
  auto code_of = [](const nlohmann::json& in) {
    auto r = check_custom_event_type(in);
    REQUIRE_FALSE(r.ok());
    return r.errors().front().field + ":" + r.errors().front().code;
  };
  CHECK(code_of({{"name", std::string(65, 'a')}}) == "name:too_long");
  CHECK(code_of({{"name", "Invoice"}}) == "name:invalid_event_type_name");
  CHECK(code_of({{"name", "a b"}}) == "name:invalid_event_type_name");
  CHECK(code_of({{"name", "subscribe"}}) == "name:conflict");
  CHECK(code_of({{"name", ""}}) == "name:too_short");
  CHECK(code_of({{"name", 5}}) == "name:invalid_type");
  CHECK(code_of(nlohmann::json::object()) == "name:required");
  CHECK(code_of({{"name", "ok"}, {"description", "a\nb"}}) == "description:invalid_text");
  CHECK(code_of({{"name", "ok"}, {"extra", 1}}) == "extra:unknown_field");
  CHECK(code_of(nlohmann::json::array()) == ":invalid_type");

  auto list = event_types_with_custom({{{"name", "a.b"}}, {{"name", "a.b"}}, {{"name", "BAD"}}});
  REQUIRE_FALSE(list.ok());
  REQUIRE(list.errors().size() == 2);
  CHECK(list.errors()[0].field == "custom_types[1].name");
  CHECK(list.errors()[0].code == "duplicate");
  CHECK(list.errors()[1].field == "custom_types[2].name");
}

TEST_CASE("catalog.list appends custom types with a null id", "[catalog][api]") {
  auto out = api::call("catalog.list", {{"custom_types", {{{"name", "order.shipped"}}}}});
  REQUIRE(out["ok"] == true);
  const auto& types = out["value"];
  CHECK(types.size() == builtin_event_types().size() + 1);
  CHECK(types.back() == nlohmann::json{{"id", nullptr}, {"name", "order.shipped"}, {"description", ""},
                                       {"origins", {"custom"}}});
}
