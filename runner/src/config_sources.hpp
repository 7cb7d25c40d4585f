#pragma once
// Config file reading (JSON object or INI "key = value") and the precedence
// flag > HOOKWORK_* environment variable > config file > default.
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace hookwork::runner {

// Keys normalized to snake_case ("max-body-bytes" -> "max_body_bytes").
// Throws std::runtime_error with a readable message on unreadable or malformed files.
std::map<std::string, std::string> read_config_file(const std::string& path);

struct SettingSource {
  std::string name;                                // snake_case key; flag is --name-with-dashes
  std::function<void(const std::string&)> assign;  // parses and stores; throws std::invalid_argument
};

// For each setting not given on the command line: HOOKWORK_<NAME> if set, else the file's value.
void apply_env_and_file(const std::vector<SettingSource>& settings,
                        const std::function<bool(const std::string& name)>& given_on_command_line,
                        const std::map<std::string, std::string>& file_values);

std::string env_name_for(const std::string& setting_name);

}  // namespace hookwork::runner
