#pragma once
// Versioned schema migrations, applied in order at start inside one transaction
// each and recorded in schema_migrations. The SQL is portable (TEXT, BIGINT,
// no AUTOINCREMENT, no engine-specific types) so PostgreSQL runs the same list.
#include <string>
#include <vector>

namespace hookwork::runner {

struct Migration {
  int version;
  std::string name;
  std::vector<std::string> statements;
};

const std::vector<Migration>& migrations();

}  // namespace hookwork::runner
