// The largest single allocation made since the last Reset(): the unit tests
// replace the global operator new (allocation_probe.cpp) to prove that
// reading hostile input never asks for gigabytes, rather than hoping the
// machine running the test has enough memory to survive it.
#pragma once

#include <cstddef>

namespace puerta::test {

class AllocationProbe {
 public:
  AllocationProbe();           // starts watching from zero
  std::size_t Largest() const;  // bytes, the largest single request since construction
};

}  // namespace puerta::test
