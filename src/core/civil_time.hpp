#pragma once
// Calendar fields of a UTC instant, for formatting dates per locale without the C library's
// time zone state (which differs between native and WebAssembly builds).

#include "core/model.hpp"

#include <cstdint>

namespace imt {

struct CivilDate {
    int year = 1970;
    int month = 1; // 1..12
    int day = 1;   // 1..31
    int hour = 0;
    int minute = 0;
    int second = 0;
    friend bool operator==(const CivilDate&, const CivilDate&) = default;
};

// Proleptic Gregorian calendar, valid for any Timestamp; milliseconds are dropped (floored).
CivilDate to_civil_utc(Timestamp time);
// The inverse, for whole seconds; fields out of range carry over as in mktime.
Timestamp from_civil_utc(const CivilDate& date);

// 0 = Sunday .. 6 = Saturday.
int weekday_utc(Timestamp time);

} // namespace imt
