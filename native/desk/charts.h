// The Results view's charts, drawn with ImGui's draw lists: plain bars with
// their numbers written on them, so a chart reads without a legend hunt and
// prints legibly in a screenshot. Each takes the room it is given (width from
// the layout, a fixed height) and shows the exact figure of a bar on hover.
#pragma once

#include <span>
#include <string>
#include <vector>

#include "imgui.h"
#include "ui/theme.h"

namespace puerta::desk {

struct ChartSeries {
  std::string name;             // in the legend
  ImU32 color;
  std::vector<double> values;   // one per label
};

// Vertical bars per label (a day), the series stacked bottom to top.
void StackedBars(const char* id, const Theme& theme, std::span<const std::string> labels,
                 std::span<const ChartSeries> series, float height);

// One horizontal bar per label with its value written after it, each in its
// colour (`colors`, one per bar; empty: the theme's primary). With a band
// (lo < hi), the band is shaded behind the bars: the contact rate's usual range.
struct Band {
  double lo = 0, hi = 0;
};
void HorizontalBars(const char* id, const Theme& theme, std::span<const std::string> labels,
                    std::span<const double> values, double max_value, const char* value_format,
                    std::span<const ImU32> colors = {}, Band band = {});

}  // namespace puerta::desk
