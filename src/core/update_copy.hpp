#pragma once
// Private to update.cpp: the handlers of the banner's copy actions (update_copy.cpp).

#include "core/updater.hpp"

namespace imt::detail {

void handle(Updater& u, act::CopySecret& a);
void handle(Updater& u, act::SecretCopied& a);
void handle(Updater& u, act::ToggleCopyFormats& a);
void handle(Updater& u, act::EditEnvName& a);
void handle(Updater& u, act::KnowStrapiOrigin& a);

} // namespace imt::detail
