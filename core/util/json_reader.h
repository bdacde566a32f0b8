// The one JSON reader behind every file format Puerta reads from outside:
// turf packages, scripts, mapping files, result codes and attempts exports
// (JSON lines). What it gives them, in one place:
//
//  - Limits. Text size, nesting depth and value count are bounded before
//    anything costly happens, and parsing is iterative (rapidjson's
//    kParseIterativeFlag): 150,000 nested brackets in a 300 KB file used to
//    overflow the stack of the recursive parser (2026-05); now they are
//    refused at level 65 with a message.
//  - One error style. Parse errors name the byte, and the line and column when
//    the text has several lines; everything read is named by its JSON path,
//    `$.steps[3].text.es`, keys that are not plain names quoted:
//    `$.walk_list.households[0].voters[2].attributes["Precinct Name"]`.
//  - Text that is safe to pass on. Strings must be valid UTF-8 without NUL
//    characters (JSON allows "\u0000" and rapidjson copies any bytes): such
//    text would be cut short or garbled in a CSV cell, a C string or the UI.
//
// Each format keeps its own rules (what is required, what an error costs: the
// script checker lists every problem, the turf reader stops at the first);
// the wording of limits, parse errors, paths and wrong types comes from here.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include <rapidjson/document.h>

namespace puerta::json {

// Deep enough for any real file of ours (a script condition nests a few
// levels; nothing else nests more than four), shallow enough that a reader
// walking the tree recursively has stack to spare.
inline constexpr std::size_t kMaxDepth = 64;

struct Limits {
  std::size_t max_bytes = std::size_t{1} << 20;  // of text
  std::size_t max_values = 100'000;              // JSON values of any kind, containers included
  std::size_t max_depth = kMaxDepth;             // arrays and objects inside each other
};

// Told about keys and containers as the parser meets them, for a reader that
// needs more than the tree: the turf package keeps each embedded script's
// source text byte for byte. Depth 1 is the root container. A non-empty
// return value stops the parse; it becomes the error's reason.
class Observer {
 public:
  virtual ~Observer() = default;
  virtual std::string Key(std::size_t /*depth of the object*/, std::string_view /*key*/) { return {}; }
  // `offset`: where the opening bracket is; `end`: just past the closing one.
  virtual std::string Open(std::size_t /*depth*/, bool /*object*/, std::size_t /*offset*/) { return {}; }
  virtual std::string Close(std::size_t /*depth*/, bool /*object*/, std::size_t /*end*/) { return {}; }
};

struct ParseError {
  enum class Kind : std::uint8_t { kNone, kTooLarge, kEmpty, kCutShort, kInvalid, kTooDeep, kTooManyValues, kRefused };
  Kind kind = Kind::kNone;
  std::size_t offset = 0;  // byte where it went wrong
  std::string where;       // "at byte 46" or "at byte 46 (line 3, column 5)"
  std::string reason;      // rapidjson's (lowercased) or the observer's

  // A sentence starting with `subject`: "the mapping is not valid JSON:
  // missing a comma or '}' after an object member at byte 46 (line 3, column 5)".
  std::string Describe(std::string_view subject) const;
};

// Parses `text` into `doc` within `limits`: iteratively, numbers converted
// exactly (strtod; integers as integers). False (and `error` filled in) when it is not one JSON value or
// breaks a limit. Text after the value is an error; a UTF-8 byte-order mark
// before it is skipped.
bool Parse(std::string_view text, const Limits& limits, rapidjson::Document& doc, ParseError& error,
           Observer* observer = nullptr);

// Paths: Key("$", "steps") is "$.steps", Key("$", "two words") is
// `$["two words"]`; Index("$.steps", 3) is "$.steps[3]".
std::string Key(std::string_view parent, std::string_view key);
std::string Index(std::string_view parent, std::size_t index);

// What is wrong with text for Puerta, or empty: "holds a NUL character" or
// "is not valid UTF-8 (byte 7 of the text)".
std::string TextProblem(std::string_view text);

// "text", "a number", "true or false", "a list", "an object" or "null".
std::string_view KindName(const rapidjson::Value& value);

// A value and where it is. Cheap to copy around while reading one file; it
// points into the Document, which must outlive it.
class Node {
 public:
  Node(const rapidjson::Value& value, std::string path) : value_(&value), path_(std::move(path)) {}

  const rapidjson::Value& value() const { return *value_; }
  const std::string& path() const { return path_; }
  bool IsObject() const { return value_->IsObject(); }
  bool IsArray() const { return value_->IsArray(); }
  bool IsString() const { return value_->IsString(); }

  // An object's member, or nothing (also when this is not an object).
  std::optional<Node> Find(std::string_view key) const;
  // An array's elements (Size() is 0 for anything else).
  std::size_t Size() const { return value_->IsArray() ? value_->Size() : 0; }
  Node operator[](std::size_t i) const;

  // f(std::string_view key, Node value) for each member, in file order.
  template <class F>
  void ForEachMember(F&& f) const {
    if (!value_->IsObject()) return;
    for (auto it = value_->MemberBegin(); it != value_->MemberEnd(); ++it) {
      const std::string_view key(it->name.GetString(), it->name.GetStringLength());
      f(key, Node(it->value, Key(path_, key)));
    }
  }

  // Typed reads. On failure they return false and set `problem` to
  // "<path>: expected text in quotes" (and the like); `out` is unchanged.
  bool Text(std::string& out, std::string& problem) const;  // valid UTF-8, no NUL
  bool Bool(bool& out, std::string& problem) const;
  bool Uint32(std::uint32_t& out, std::string& problem) const;
  bool Int64(std::int64_t& out, std::string& problem) const;
  bool Number(double& out, std::string& problem) const;
  std::string Expected(std::string_view what) const;  // "<path>: expected <what>, found <kind>"

 private:
  const rapidjson::Value* value_;
  std::string path_;
};

}  // namespace puerta::json
