#pragma once
// The page a notification's reactivation link opens (GET /activate/{token}):
// what the hook is, why it was deactivated, how many events wait in its buffer,
// and a form asking whether to replay them. Only the form's POST reactivates
// and spends the single-use token.
#include <string>

#include "services.hpp"

namespace hookwork::runner {

struct HtmlPage {
  int status = 200;
  std::string html;
};

HtmlPage activation_page(Services& s, const std::string& token);
HtmlPage confirm_activation(Services& s, const std::string& token, bool replay);

// Text made safe for HTML element content and attribute values.
std::string html_escape(const std::string& text);

}  // namespace hookwork::runner
