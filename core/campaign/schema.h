// The campaign store's schema, as numbered migrations (docs/campaign-store.md
// describes every table). A store records each migration applied in
// schema_version; opening a store applies the ones it lacks, in order, each
// in its own transaction. Never edit a released migration: add the next one.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>

#include "campaign/sql_connection.h"

namespace puerta::campaign {

struct Migration {
  std::int32_t version;
  std::string_view description;
  std::string_view sql;  // portable SQL (sql_connection.h), several statements
};

std::span<const Migration> Migrations();
std::int32_t LatestSchemaVersion();

// 0 for an empty database (no schema_version table yet).
std::int32_t SchemaVersionOf(SqlConnection& db);

// Applies every migration above the store's version up to `target`. A store
// from a newer Puerta (a version this one does not know) is refused, untouched.
Status MigrateTo(SqlConnection& db, std::int32_t target, std::int64_t now_unix);

}  // namespace puerta::campaign
