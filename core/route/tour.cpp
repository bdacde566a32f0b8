#include "route/tour.h"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "route/geo.h"

namespace puerta::route {
namespace {

constexpr double kEpsilon = 1e-7;  // metres: ignore "improvements" that are rounding noise

// A walk over plane points; when pinned, path[0] is the start and never moves.
class Walk {
 public:
  Walk(const std::vector<PlanePoint>& points, bool pinned) : points_(points), pinned_(pinned) {}

  void NearestNeighbour(std::uint32_t first) {
    const std::size_t n = points_.size();
    path_.clear();
    std::vector<bool> used(n, false);
    std::uint32_t here = first;
    for (std::size_t step = 0; step < n; ++step) {
      path_.push_back(here);
      used[here] = true;
      double best = INFINITY;
      std::uint32_t next = here;
      for (std::uint32_t k = 0; k < n; ++k)
        if (!used[k] && D(here, k) < best) best = D(here, k), next = k;
      here = next;
    }
    RefreshEdges();
  }

  void Improve() {
    for (int round = 0; round < 1000; ++round) {
      const bool a = TwoOpt();
      const bool b = OrOpt();
      if (!a && !b) break;
    }
  }

  double Length() const { return std::accumulate(edge_.begin(), edge_.end(), 0.0); }
  const std::vector<std::uint32_t>& path() const { return path_; }

 private:
  double D(std::uint32_t a, std::uint32_t b) const {
    return std::hypot(points_[a].x - points_[b].x, points_[a].y - points_[b].y);
  }
  void RefreshEdges() {
    edge_.resize(path_.empty() ? 0 : path_.size() - 1);
    for (std::size_t k = 0; k + 1 < path_.size(); ++k) edge_[k] = D(path_[k], path_[k + 1]);
  }
  std::size_t First() const { return pinned_ ? 1 : 0; }

  // Reverse path_[i..j]: replaces edges (i-1,i) and (j,j+1) by (i-1,j) and (i,j+1).
  bool TwoOpt() {
    const std::size_t n = path_.size();
    bool improved = false;
    for (std::size_t i = First(); i + 1 < n; ++i) {
      for (std::size_t j = i + 1; j < n; ++j) {
        double delta = 0;
        if (i > 0) delta += D(path_[i - 1], path_[j]) - edge_[i - 1];
        if (j + 1 < n) delta += D(path_[i], path_[j + 1]) - edge_[j];
        if (delta < -kEpsilon) {
          std::reverse(path_.begin() + static_cast<std::ptrdiff_t>(i), path_.begin() + static_cast<std::ptrdiff_t>(j) + 1);
          RefreshEdges();
          improved = true;
        }
      }
    }
    return improved;
  }

  // Move path_[i..i+len-1] between positions k and k+1 (k = -1: to the front,
  // k = n-1: to the end), forwards or reversed.
  bool OrOpt() {
    const auto n = static_cast<std::ptrdiff_t>(path_.size());
    bool improved = false;
    for (std::ptrdiff_t len = 1; len <= 3; ++len) {
      for (std::ptrdiff_t i = static_cast<std::ptrdiff_t>(First()); i + len <= n; ++i) {
        if (len >= n - static_cast<std::ptrdiff_t>(First())) break;
        const std::uint32_t a = path_[i], b = path_[i + len - 1];
        const bool has_prev = i > 0, has_next = i + len < n;
        double gain = (has_prev ? edge_[i - 1] : 0) + (has_next ? edge_[i + len - 1] : 0);
        if (has_prev && has_next) gain -= D(path_[i - 1], path_[i + len]);
        if (gain <= kEpsilon) continue;
        const std::ptrdiff_t k_min = pinned_ ? 0 : -1;
        for (std::ptrdiff_t k = k_min; k < n; ++k) {
          if (k >= i - 1 && k <= i + len - 1) continue;
          double forward, reversed;
          if (k < 0) {
            forward = D(b, path_[0]), reversed = D(a, path_[0]);
          } else if (k == n - 1) {
            forward = D(path_[k], a), reversed = D(path_[k], b);
          } else {
            forward = D(path_[k], a) + D(b, path_[k + 1]) - edge_[k];
            reversed = D(path_[k], b) + D(a, path_[k + 1]) - edge_[k];
          }
          const double cost = std::min(forward, reversed);
          if (cost < gain - kEpsilon) {
            Move(i, len, k, reversed < forward);
            improved = true;
            break;
          }
        }
      }
    }
    return improved;
  }

  void Move(std::ptrdiff_t i, std::ptrdiff_t len, std::ptrdiff_t k, bool reverse) {
    auto at = [&](std::ptrdiff_t p) { return path_.begin() + p; };
    std::ptrdiff_t placed;
    if (k > i) {
      std::rotate(at(i), at(i + len), at(k + 1));
      placed = k - len + 1;
    } else {
      std::rotate(at(k + 1), at(i), at(i + len));
      placed = k + 1;
    }
    if (reverse) std::reverse(at(placed), at(placed + len));
    RefreshEdges();
  }

  const std::vector<PlanePoint>& points_;
  bool pinned_;
  std::vector<std::uint32_t> path_;
  std::vector<double> edge_;  // edge_[k]: length from path_[k] to path_[k + 1]
};

// Free walks try several first stops: the extremes, where good open walks
// tend to begin, and a spread of others. More for small lists, where it is cheap.
std::vector<std::uint32_t> FirstStops(const std::vector<PlanePoint>& p) {
  const auto n = static_cast<std::uint32_t>(p.size());
  const std::uint32_t tries = n <= 16 ? n : n <= 200 ? 10 : n <= 1000 ? 4 : 2;
  std::vector<std::uint32_t> firsts;
  auto extreme = [&](auto key) {
    std::uint32_t best = 0;
    for (std::uint32_t i = 1; i < n; ++i)
      if (key(p[i]) < key(p[best])) best = i;
    return best;
  };
  firsts.push_back(extreme([](PlanePoint q) { return q.x; }));
  firsts.push_back(extreme([](PlanePoint q) { return -q.x; }));
  firsts.push_back(extreme([](PlanePoint q) { return q.y; }));
  firsts.push_back(extreme([](PlanePoint q) { return -q.y; }));
  for (std::uint32_t k = 0; k < tries; ++k) firsts.push_back(static_cast<std::uint32_t>(std::uint64_t{k} * n / tries));
  std::vector<std::uint32_t> distinct;
  for (std::uint32_t f : firsts)
    if (std::find(distinct.begin(), distinct.end(), f) == distinct.end()) distinct.push_back(f);
  if (distinct.size() > tries) distinct.resize(std::max<std::uint32_t>(tries, 2));
  return distinct;
}

}  // namespace

std::vector<std::uint32_t> OptimizeTour(std::span<const GeoPoint> stops, std::optional<GeoPoint> start) {
  const auto n = static_cast<std::uint32_t>(stops.size());
  if (n <= 1) return std::vector<std::uint32_t>(n, 0);
  std::vector<GeoPoint> all(stops.begin(), stops.end());
  if (start) all.push_back(*start);  // node n, pinned first
  const std::vector<PlanePoint> points = ProjectLocal(all);

  std::vector<std::uint32_t> best;
  double best_length = INFINITY;
  const std::vector<std::uint32_t> firsts = start ? std::vector<std::uint32_t>{n} : FirstStops(points);
  for (std::uint32_t first : firsts) {
    Walk walk(points, start.has_value());
    walk.NearestNeighbour(first);
    walk.Improve();
    if (walk.Length() < best_length) {
      best_length = walk.Length();
      best = walk.path();
    }
  }
  if (start) best.erase(best.begin());
  return best;
}

}  // namespace puerta::route
