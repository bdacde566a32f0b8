// Section index: parsing (limits, the observer) · errors · paths and text ·
// nodes.
#include "util/json_reader.h"

#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdlib>

#include <rapidjson/error/en.h>
#include <rapidjson/memorystream.h>

namespace puerta::json {
namespace {

// --- Parsing ------------------------------------------------------------------

using Stream = rapidjson::EncodedInputStream<rapidjson::UTF8<>, rapidjson::MemoryStream>;

// Sits between rapidjson's reader and the Document being built: counts values,
// bounds nesting, tells the observer where containers open and close.
class Handler {
 public:
  Handler(rapidjson::Document& doc, const Stream& stream, std::string_view text, const Limits& limits,
          Observer* observer)
      : doc_(doc), stream_(stream), text_(text), limits_(limits), observer_(observer) {}

  bool Null() { return Value() && doc_.Null(); }
  bool Bool(bool b) { return Value() && doc_.Bool(b); }
  bool Int(int i) { return Value() && doc_.Int(i); }
  bool Uint(unsigned u) { return Value() && doc_.Uint(u); }
  bool Int64(std::int64_t i) { return Value() && doc_.Int64(i); }
  bool Uint64(std::uint64_t u) { return Value() && doc_.Uint64(u); }
  bool Double(double d) { return Value() && doc_.Double(d); }
  // Numbers arrive as text (kParseNumbersAsStringsFlag) and are converted
  // here: rapidjson 1.1.0's own full-precision conversion has undefined
  // behaviour on extreme exponents (a negative shift, clz(0): found by
  // fuzz_mapping, 2026-05), and its fast one can be off by a few ulps.
  // strtod is exact, and reads '.' since Puerta never changes the C locale.
  bool RawNumber(const char* s, rapidjson::SizeType n, bool /*copy*/) {
    if (!Value()) return false;
    const std::string_view text(s, n);
    if (text.find_first_of(".eE") == std::string_view::npos) {
      if (text.front() == '-') {
        std::int64_t i = 0;
        if (std::from_chars(text.data(), text.data() + n, i).ec == std::errc()) return doc_.Int64(i);
      } else {
        std::uint64_t u = 0;
        if (std::from_chars(text.data(), text.data() + n, u).ec == std::errc()) return doc_.Uint64(u);
      }
    }
    if (n > 1000) return Stop(ParseError::Kind::kInvalid, "is not valid JSON: a number written with more than 1000 characters");
    const std::string copy(text);
    const double d = std::strtod(copy.c_str(), nullptr);
    if (!std::isfinite(d)) return Stop(ParseError::Kind::kInvalid, "is not valid JSON: a number too large to be stored");
    return doc_.Double(d);
  }
  bool String(const char* s, rapidjson::SizeType n, bool copy) { return Value() && doc_.String(s, n, copy); }
  bool Key(const char* s, rapidjson::SizeType n, bool copy) {
    if (observer_ && !Refused(observer_->Key(depth_, std::string_view(s, n)))) return false;
    return doc_.Key(s, n, copy);
  }
  bool StartObject() { return Open(true) && doc_.StartObject(); }
  bool EndObject(rapidjson::SizeType members) { return Close(true) && doc_.EndObject(members); }
  bool StartArray() { return Open(false) && doc_.StartArray(); }
  bool EndArray(rapidjson::SizeType elements) { return Close(false) && doc_.EndArray(elements); }

  ParseError::Kind stop = ParseError::Kind::kNone;
  std::string reason;

 private:
  bool Stop(ParseError::Kind kind, std::string why) {
    stop = kind;
    reason = std::move(why);
    return false;
  }
  bool Refused(std::string why) { return why.empty() || Stop(ParseError::Kind::kRefused, std::move(why)); }
  bool Value() {
    return ++values_ <= limits_.max_values ||
           Stop(ParseError::Kind::kTooManyValues, "holds more than " + std::to_string(limits_.max_values) + " values");
  }
  bool Open(bool object) {
    if (!Value()) return false;
    if (++depth_ > limits_.max_depth)
      return Stop(ParseError::Kind::kTooDeep, "is nested more than " + std::to_string(limits_.max_depth) +
                                                  " levels deep (Puerta reads up to " +
                                                  std::to_string(limits_.max_depth) + ")");
    return !observer_ || Refused(observer_->Open(depth_, object, Bracket(object ? '{' : '[')));
  }
  bool Close(bool object) {
    const std::size_t end = Bracket(object ? '}' : ']') + 1;
    const bool ok = !observer_ || Refused(observer_->Close(depth_, object, end));
    --depth_;
    return ok;
  }
  // rapidjson 1.1.0 calls the handler with the stream at the bracket; the
  // check keeps offsets right should that ever move by a character.
  std::size_t Bracket(char bracket) const {
    std::size_t at = stream_.Tell();
    if (at >= text_.size() || text_[at] != bracket) at = at > 0 ? at - 1 : 0;
    return at;
  }

  rapidjson::Document& doc_;
  const Stream& stream_;
  std::string_view text_;
  const Limits& limits_;
  Observer* observer_;
  std::size_t values_ = 0, depth_ = 0;
};

std::string Where(std::string_view text, std::size_t offset) {
  std::string out = "at byte " + std::to_string(offset);
  if (text.find('\n') == std::string_view::npos) return out;
  std::size_t line = 1, line_start = 0;
  for (std::size_t i = 0; i < offset && i < text.size(); ++i)
    if (text[i] == '\n') ++line, line_start = i + 1;
  return out + " (line " + std::to_string(line) + ", column " + std::to_string(offset - line_start + 1) + ")";
}

std::string SizeText(std::size_t bytes) {
  if (bytes >= (std::size_t{1} << 20) && bytes % (std::size_t{1} << 20) == 0)
    return std::to_string(bytes >> 20) + " MB";
  if (bytes >= 1024 && bytes % 1024 == 0) return std::to_string(bytes >> 10) + " KB";
  return std::to_string(bytes) + " bytes";
}

}  // namespace

bool Parse(std::string_view text, const Limits& limits, rapidjson::Document& doc, ParseError& error,
           Observer* observer) {
  error = ParseError{};
  if (text.size() > limits.max_bytes) {
    error.kind = ParseError::Kind::kTooLarge;
    error.reason = "is too large: " + std::to_string(text.size()) + " bytes, more than the " +
                   SizeText(limits.max_bytes) + " Puerta reads";
    return false;
  }
  std::size_t skipped = 0;
  if (text.starts_with("\xEF\xBB\xBF")) skipped = 3;  // a UTF-8 BOM some editors add
  const std::string_view body = text.substr(skipped);
  if (body.find_first_not_of(" \t\r\n") == std::string_view::npos) {
    error.kind = ParseError::Kind::kEmpty;
    error.reason = "is empty";
    return false;
  }
  rapidjson::MemoryStream memory(body.data(), body.size());
  Stream stream(memory);
  rapidjson::Reader reader;
  ParseError::Kind stop = ParseError::Kind::kNone;
  std::string stop_reason;
  auto generate = [&](rapidjson::Document& target) {
    Handler handler(target, stream, body, limits, observer);
    constexpr unsigned kFlags = rapidjson::kParseIterativeFlag | rapidjson::kParseNumbersAsStringsFlag;
    const bool ok = !reader.Parse<kFlags>(stream, handler).IsError();
    stop = handler.stop;
    stop_reason = std::move(handler.reason);
    return ok;
  };
  doc.Populate(generate);
  // The reader stops at a NUL byte as if the text ended there.
  const std::size_t at = reader.HasParseError() ? reader.GetErrorOffset() : stream.Tell();
  if (!reader.HasParseError() && at >= body.size()) return true;
  error.offset = at + skipped;
  error.where = Where(text, error.offset);
  if (stop != ParseError::Kind::kNone) {
    error.kind = stop;
    error.reason = std::move(stop_reason);
    return false;
  }
  if (at >= body.size() && stop == ParseError::Kind::kNone) {
    error.kind = ParseError::Kind::kCutShort;
    error.reason = "is cut short: the text ends at byte " + std::to_string(text.size()) +
                   " in the middle of the JSON (an incomplete download or copy?)";
    error.where.clear();
    return false;
  }
  std::string what = rapidjson::GetParseError_En(reader.GetParseErrorCode());  // "Missing a comma or '}' ..."
  if (what.ends_with('.')) what.pop_back();
  if (!what.empty()) what[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(what[0])));
  if (body[at] == '\0') what = "a NUL byte (only text belongs in JSON)";
  error.kind = ParseError::Kind::kInvalid;
  error.reason = "is not valid JSON: " + what;
  return false;
}

// --- Errors ---------------------------------------------------------------------

std::string ParseError::Describe(std::string_view subject) const {
  std::string out(subject);
  out += ' ';
  out += reason;
  if (!where.empty()) out += " " + where;
  return out;
}

// --- Paths and text -------------------------------------------------------------

std::string Key(std::string_view parent, std::string_view key) {
  // ASCII tests of our own: std::isalnum consults the locale, and this runs
  // for every field of every line read.
  auto name_char = [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
  };
  bool plain = !key.empty() && !(key[0] >= '0' && key[0] <= '9');
  for (std::size_t i = 0; plain && i < key.size(); ++i) plain = name_char(key[i]);
  std::string out;
  out.reserve(parent.size() + key.size() + 4);
  out += parent;
  if (plain) {
    out += '.';
    out += key;
    return out;
  }
  out += "[\"";
  for (char c : key) {
    if (c == '"' || c == '\\') out += '\\';
    if (static_cast<unsigned char>(c) < 0x20) {
      out += "\\u00";
      out += "0123456789abcdef"[(c >> 4) & 0xF];
      out += "0123456789abcdef"[c & 0xF];
      continue;
    }
    out += c;
  }
  out += "\"]";
  return out;
}

std::string Index(std::string_view parent, std::size_t index) {
  return std::string(parent) + "[" + std::to_string(index) + "]";
}

std::string TextProblem(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c == 0) return "holds a NUL character (\\u0000)";
    if (c < 0x80) {
      ++i;
      continue;
    }
    std::size_t n = 0;
    std::uint32_t cp = 0;
    if (c >= 0xC2 && c <= 0xDF) n = 2, cp = c & 0x1F;
    else if (c >= 0xE0 && c <= 0xEF) n = 3, cp = c & 0x0F;
    else if (c >= 0xF0 && c <= 0xF4) n = 4, cp = c & 0x07;
    bool ok = n > 0 && i + n <= s.size();
    for (std::size_t k = 1; ok && k < n; ++k) {
      const auto b = static_cast<unsigned char>(s[i + k]);
      ok = (b & 0xC0) == 0x80;
      cp = (cp << 6) | (b & 0x3F);
    }
    // Overlong forms, surrogates and code points past U+10FFFF are not UTF-8.
    if (ok && ((n == 3 && cp < 0x800) || (n == 4 && (cp < 0x10000 || cp > 0x10FFFF)) || (cp >= 0xD800 && cp <= 0xDFFF)))
      ok = false;
    if (!ok) return "is not valid UTF-8 (byte " + std::to_string(i + 1) + " of the text)";
    i += n;
  }
  return {};
}

std::string_view KindName(const rapidjson::Value& v) {
  if (v.IsString()) return "text";
  if (v.IsNumber()) return "a number";
  if (v.IsBool()) return "true or false";
  if (v.IsArray()) return "a list";
  if (v.IsObject()) return "an object";
  return "null";
}

// --- Nodes ------------------------------------------------------------------------

std::optional<Node> Node::Find(std::string_view key) const {
  if (!value_->IsObject()) return std::nullopt;
  for (auto it = value_->MemberBegin(); it != value_->MemberEnd(); ++it)
    if (std::string_view(it->name.GetString(), it->name.GetStringLength()) == key) return Node(it->value, Key(path_, key));
  return std::nullopt;
}

Node Node::operator[](std::size_t i) const {
  return Node((*value_)[static_cast<rapidjson::SizeType>(i)], Index(path_, i));
}

std::string Node::Expected(std::string_view what) const { return path_ + ": expected " + std::string(what); }

bool Node::Text(std::string& out, std::string& problem) const {
  if (!value_->IsString()) return problem = Expected("text in quotes"), false;
  const std::string_view text(value_->GetString(), value_->GetStringLength());
  if (std::string why = TextProblem(text); !why.empty()) return problem = path_ + ": the text " + why, false;
  out.assign(text);
  return true;
}

bool Node::Bool(bool& out, std::string& problem) const {
  if (!value_->IsBool()) return problem = Expected("true or false"), false;
  out = value_->GetBool();
  return true;
}

bool Node::Uint32(std::uint32_t& out, std::string& problem) const {
  if (!value_->IsUint()) return problem = Expected("a whole number from 0 to 4294967295"), false;
  out = value_->GetUint();
  return true;
}

bool Node::Int64(std::int64_t& out, std::string& problem) const {
  if (!value_->IsInt64()) return problem = Expected("a whole number"), false;
  out = value_->GetInt64();
  return true;
}

bool Node::Number(double& out, std::string& problem) const {
  if (!value_->IsNumber()) return problem = Expected("a number"), false;
  out = value_->GetDouble();
  return true;
}

}  // namespace puerta::json
