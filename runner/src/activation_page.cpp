#include "activation_page.hpp"

#include "clock.hpp"

namespace hookwork::runner {
namespace {

std::string page(const std::string& title, const std::string& body) {
  return "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
         "<meta name=\"robots\" content=\"noindex\"><title>" + html_escape(title) + " · Hookwork</title>"
         "<style>body{font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem}"
         "dt{font-weight:600}dd{margin:0 0 .5rem;word-break:break-all}button{font:inherit;padding:.4rem 1rem}"
         "@media (prefers-color-scheme: dark){body{background:#111;color:#eee}}</style></head><body>"
         "<h1>" + html_escape(title) + "</h1>" + body + "</body></html>\n";
}

HtmlPage refused(const CheckedToken& checked) {
  switch (checked.check) {
    case TokenCheck::Expired:
      return {410, page("This link has expired",
                        "<p>Reactivation links are valid for a limited time. Reactivate the webhook with the API "
                        "(<code>ActivateWebHook</code>) or the playground's console.</p>")};
    case TokenCheck::BadSignature:
    case TokenCheck::Malformed:
    case TokenCheck::Valid:
      break;
  }
  return {400, page("This link is not valid", "<p>The reactivation link is incomplete or was altered.</p>")};
}

struct Loaded {
  std::optional<StoredHook> hook;
  std::optional<HtmlPage> refusal;
};

Loaded load(Services& s, const CheckedToken& checked) {
  if (checked.check != TokenCheck::Valid) return {std::nullopt, refused(checked)};
  auto hook = s.store.get_hook(checked.token.account_id, checked.token.hook_id);
  if (!hook) return {std::nullopt, HtmlPage{404, page("Webhook not found", "<p>The webhook was deleted.</p>")}};
  return {hook, std::nullopt};
}

std::string hook_facts(const StoredHook& h) {
  std::string out = "<dl><dt>Webhook</dt><dd>" + html_escape(h.spec.app) + " (<code>" + html_escape(h.id) +
                    "</code>)</dd><dt>Event</dt><dd>" + html_escape(h.spec.event) + "</dd><dt>URL</dt><dd>" +
                    html_escape(h.spec.url) + "</dd>";
  if (!h.active) {
    out += "<dt>Deactivated</dt><dd>";
    if (h.deactivated_at) out += html_escape(format_iso8601_ms(*h.deactivated_at));
    if (!h.deactivation_reason.empty()) out += " (" + html_escape(h.deactivation_reason) + ")";
    out += "</dd>";
  }
  return out + "</dl>";
}

}  // namespace

std::string html_escape(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out.push_back(c);
    }
  }
  return out;
}

HtmlPage activation_page(Services& s, const std::string& token) {
  auto loaded = load(s, s.activation_links.check(token, s.clock.now_ms()));
  if (loaded.refusal) return *loaded.refusal;
  const StoredHook& h = *loaded.hook;
  if (h.active) return {200, page("This webhook is active", hook_facts(h) + "<p>Nothing to do.</p>")};
  const auto buffered = s.store.count_hook_deliveries(h.account_id, h.id, DeliveryState::Buffered);
  std::string body = hook_facts(h) +
                     "<p>Make sure the URL is reachable again before you reactivate the webhook.</p>"
                     "<form method=\"post\"><p><label><input type=\"checkbox\" name=\"replay\" value=\"1\" checked> "
                     "Also send the " + std::to_string(buffered) + " event" + (buffered == 1 ? "" : "s") +
                     " buffered since it was deactivated (otherwise they are dropped)</label></p>"
                     "<p><button type=\"submit\">Reactivate</button></p></form>";
  return {200, page("Reactivate this webhook?", body)};
}

HtmlPage confirm_activation(Services& s, const std::string& token, bool replay) {
  const auto now = s.clock.now_ms();
  const auto checked = s.activation_links.check(token, now);
  auto loaded = load(s, checked);
  if (loaded.refusal) return *loaded.refusal;
  if (!s.store.consume_token(checked.token.nonce, now))
    return {409, page("This link was already used", hook_facts(*loaded.hook))};
  const auto& h = *loaded.hook;
  const auto buffered = s.store.count_hook_deliveries(h.account_id, h.id, DeliveryState::Buffered);
  const auto since = now - static_cast<std::int64_t>(s.config.replay_window_days) * 24 * 3600 * 1000;
  if (!s.store.set_hook_active(h.account_id, h.id, true, "", replay, since, now))
    return {404, page("Webhook not found", "<p>The webhook was deleted.</p>")};
  s.hooks.invalidate(h.account_id);
  s.wake_deliveries();
  auto now_hook = s.store.get_hook(h.account_id, h.id);
  std::string outcome = replay ? "The " + std::to_string(buffered) + " buffered event(s) are being sent now."
                               : "The " + std::to_string(buffered) + " buffered event(s) were dropped.";
  return {200, page("Webhook reactivated", hook_facts(now_hook ? *now_hook : h) + "<p>" + outcome + "</p>")};
}

}  // namespace hookwork::runner
