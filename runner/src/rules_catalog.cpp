// Interim catalog (until core's catalog module is merged): every event type the seeds name.
#include <algorithm>
#include <array>

#include "rules.hpp"

namespace hookwork::runner::rules {
namespace {
struct TypeEntry {
  const char* name;
  int id;
  const char* description;
  const char* origin;
};
// Seed 002's 18 types keep their published ids; the other seeds' types follow.
constexpr std::array<TypeEntry, 27> kTypes = {{
    {"mailing_finish", 1, "Fired when a mailing is finished.", "seed-002"},
    {"mailing_start", 2, "Fired when a mailing starts.", "seed-002"},
    {"member_signup", 3, "Fired when a member signs up through a signup form.", "seed-002"},
    {"message_open", 4, "Fired when a message is opened.", "seed-002"},
    {"message_click", 5, "Fired when a link in a message is clicked.", "seed-002"},
    {"member_optout", 6, "Fired when a member opts out.", "seed-002"},
    {"message_share", 7, "Fired when a member shares a message.", "seed-002"},
    {"message_share_click", 8, "Fired when a someone follows a link a member has shared.", "seed-002"},
    {"import_finish", 9, "Fired when a member import completes.", "seed-002"},
    {"member_update", 10, "Fired when a member is updated.", "seed-002"},
    {"member_delete", 11, "Fired when a member is deleted.", "seed-002"},
    {"member_add_to_group", 12, "Fired when a member(s) is added to a group(s).", "seed-002"},
    {"member_remove_from_group", 13, "Fired when a member(s) is removed from a group(s).", "seed-002"},
    {"group_create", 14, "Fired when a group is created.", "seed-002"},
    {"group_delete", 15, "Fired when a group is deleted.", "seed-002"},
    {"group_update", 16, "Fired when a group is updated.", "seed-002"},
    {"member_status_update", 17, "Fired when a member's status changes.", "seed-002"},
    {"message_forward", 18, "Fired when a message is forwarded.", "seed-002"},
    {"optin_finalized", 19, "Signup (double opt-in) completed.", "seed-000"},
    {"optout_finalized", 20, "Unsubscribe completed.", "seed-000"},
    {"profilemanager_finalized", 21, "Subscriber data changed through the profile manager.", "seed-000"},
    {"subscribe", 22, "A recipient subscribed to the list.", "seed-004"},
    {"unsubscribe", 23, "A recipient unsubscribed from the list.", "seed-004"},
    {"changeprofile", 24, "A recipient's profile was updated.", "seed-004"},
    {"delete", 25, "A recipient was removed from the list.", "seed-004"},
    {"open", 26, "A message was opened.", "seed-003"},
    {"click", 27, "A link in a message was clicked.", "seed-003"},
}};
}  // namespace

nlohmann::json event_types() {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& t : kTypes)
    out.push_back({{"event_name", t.name}, {"webhook_event_id", t.id}, {"description", t.description},
                   {"origin", t.origin}});
  return out;
}

bool is_known_event_type(const std::string& name) {
  return std::any_of(kTypes.begin(), kTypes.end(), [&](const TypeEntry& t) { return name == t.name; });
}

}  // namespace hookwork::runner::rules
