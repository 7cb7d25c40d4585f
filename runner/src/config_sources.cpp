#include "config_sources.hpp"

#include <cctype>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include <nlohmann/json.hpp>

namespace hookwork::runner {
namespace {

std::string normalize_key(std::string k) {
  for (auto& c : k) c = c == '-' ? '_' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return k;
}

std::string trim(const std::string& s) {
  auto b = s.find_first_not_of(" \t\r");
  if (b == std::string::npos) return "";
  auto e = s.find_last_not_of(" \t\r");
  return s.substr(b, e - b + 1);
}

}  // namespace

std::map<std::string, std::string> read_config_file(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot read config file " + path);
  std::stringstream buf;
  buf << in.rdbuf();
  std::string text = buf.str();
  std::map<std::string, std::string> out;
  auto first = text.find_first_not_of(" \t\r\n");
  if (first != std::string::npos && text[first] == '{') {
    auto j = nlohmann::json::parse(text, nullptr, false);
    if (j.is_discarded() || !j.is_object()) throw std::runtime_error("config file " + path + " is not a JSON object");
    for (const auto& item : j.items()) {
      const auto& v = item.value();
      std::string text = v.is_string() ? v.get<std::string>() : v.dump();
      if (v.is_array()) {  // a list setting (allow_cidrs) may be written as a JSON array of strings
        text.clear();
        for (const auto& element : v) {
          if (!element.is_string())
            throw std::runtime_error("config file " + path + ": " + item.key() + " must list strings");
          text += (text.empty() ? "" : ",") + element.get<std::string>();
        }
      }
      out[normalize_key(item.key())] = text;
    }
    return out;
  }
  std::istringstream lines(text);
  std::string line;
  int number = 0;
  while (std::getline(lines, line)) {
    ++number;
    line = trim(line);
    if (line.empty() || line[0] == '#' || line[0] == ';' || line[0] == '[') continue;
    auto eq = line.find('=');
    if (eq == std::string::npos)
      throw std::runtime_error(path + ":" + std::to_string(number) + ": expected key = value");
    std::string value = trim(line.substr(eq + 1));
    if (value.size() >= 2 && value.front() == '"' && value.back() == '"') value = value.substr(1, value.size() - 2);
    out[normalize_key(trim(line.substr(0, eq)))] = value;
  }
  return out;
}

std::string env_name_for(const std::string& setting_name) {
  std::string env = "HOOKWORK_";
  for (char c : setting_name) env.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
  return env;
}

void apply_env_and_file(const std::vector<SettingSource>& settings,
                        const std::function<bool(const std::string& name)>& given_on_command_line,
                        const std::map<std::string, std::string>& file_values) {
  for (const auto& s : settings) {
    if (given_on_command_line(s.name)) continue;
    std::optional<std::string> value;
    std::string origin;
    if (const char* env = std::getenv(env_name_for(s.name).c_str()); env && *env) {
      value = env;
      origin = env_name_for(s.name);
    } else if (auto it = file_values.find(s.name); it != file_values.end()) {
      value = it->second;
      origin = "config file key " + s.name;
    }
    if (!value) continue;
    try {
      s.assign(*value);
    } catch (const std::exception&) {
      throw std::runtime_error("invalid value '" + *value + "' for " + origin);
    }
  }
}

}  // namespace hookwork::runner
