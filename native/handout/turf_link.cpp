#include "native/handout/turf_link.h"

namespace puerta::handout {
namespace {

std::string_view Trimmed(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r' || s.back() == '\n')) s.remove_suffix(1);
  return s;
}

bool IsHttp(std::string_view s) { return s.starts_with("https://") || s.starts_with("http://"); }

}  // namespace

std::string FindTurfLink(std::string_view text) {
  std::string first_link;
  while (!text.empty()) {
    const std::size_t end = text.find('\n');
    std::string_view line = Trimmed(text.substr(0, end));
    text = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
    if (line.starts_with("link:")) return std::string(Trimmed(line.substr(5)));
    if (first_link.empty() && IsHttp(line)) first_link = line;
  }
  return first_link;
}

bool LooksLikeTurfLink(std::string_view link) {
  if (!IsHttp(link) || link.find_first_of(" \t\r\n") != std::string_view::npos) return false;
  const std::size_t query = link.find('?');
  const std::size_t fragment = link.find('#');
  if (query == std::string_view::npos || (fragment != std::string_view::npos && fragment < query)) return false;
  const std::string_view q = link.substr(query, fragment == std::string_view::npos ? std::string_view::npos : fragment - query);
  return q.starts_with("?turf=") || q.find("&turf=") != std::string_view::npos;
}

std::string KeyOfLink(std::string_view link) {
  const std::size_t at = link.find("#k=");
  return at == std::string_view::npos ? std::string() : std::string(link.substr(at + 3));
}

}  // namespace puerta::handout
