#include "hostile_values.hpp"

namespace hookwork::test {

const std::vector<HostileSet>& hostile_sets() {
  static const std::vector<HostileSet> sets = {
      {"quotes", "it's \"double\" and 'single' '' \"\" \\'"},
      {"shell_expansion", "$HOME $(id) ${PATH} `id` !! !-1 #not a comment ; && | > /dev/null"},
      {"backslashes", "C:\\path\\to\\new \\\\server\\share \\x41 \\u0041 \\n \\\" \\= \\"},
      {"url_reserved", "100% off & a=b?c#d/e;f+g h,i:j@k!l*m(n)o'p"},
      {"curl_globs", "[]{}[0-9]{a,b}*?[ ]"},
      {"control_chars", "line1\nline2\r\nline3\ttab \x01\x02\x1b[31m\x1f\x7f end\r"},
      {"non_ascii", "Gr\xc3\xbc\xc3\x9f" "e \xe6\x97\xa5\xe6\x9c\xac \xe2\x80\x98" "curly\xe2\x80\x99 \xe2\x80\x9cquotes\xe2\x80\x9d \xe2\x80\x9elow\xe2\x80\x9c \xe2\x80\x94 \xc2\xa0nbsp"},
      {"emoji", "\xf0\x9f\x98\x80\xf0\x9f\x91\x8d\xf0\x9f\x8f\xbd\xf0\x9f\x87\xa9\xf0\x9f\x87\xaa \xe2\x80\xa8 line sep \xe2\x80\xa9 para sep"},
      {"leading_dash", "-X DELETE --data @/etc/passwd -o /tmp/x"},
      {"json_in_string", "{\"a\":[1,2,{\"b\":\"c\\\"d\"}],\"e\":\"\\u0000\",\"f\":null}"},
      {"leading_specials", "@/etc/hostname _under /slash -dash =eq :colon"},
      {"interpolation", "#{1+1} {$x} ${y} %s %d %n %% {{.}} <?php ?> %PATH% ?? \\?"},
      {"long_text", std::string(3000, 'a') + "\"'$`\\\n" + std::string(2000, 'z')},
  };
  return sets;
}

std::string header_safe(const std::string& text) {
  std::string out;
  for (char c : text)
    if (c >= 0x20 && c <= 0x7E) out += c;
  const auto b = out.find_first_not_of(' ');
  if (b == std::string::npos) return "k";
  out = out.substr(b, out.find_last_not_of(' ') - b + 1);
  if (out.size() > 200) out = out.substr(0, 100) + out.substr(out.size() - 100);
  return out;
}

nlohmann::json hostile_params(const ops::Operation& op, const std::string& text) {
  using nlohmann::json;
  json params = json::object();
  for (const auto& p : op.parameters) {
    const std::string value = text + " <" + p.name + ">";
    if (p.in == ops::ParamIn::Header) params[p.name] = header_safe(value);
    else if (p.type == "string") params[p.name] = value;
    else if (p.type == "object")
      params[p.name] = json{{"text", value}, {"list", json::array({value, 1.5, -2, true, nullptr})},
                            {"nested", {{"deeper", {{"k", value}}}}}};
    else if (p.type == "array") params[p.name] = json::array({value, json{{"name", value}}});
    else params[p.name] = p.example;
  }
  return params;
}

}  // namespace hookwork::test
