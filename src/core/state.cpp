#include "core/state.hpp"

namespace imt {

bool in_form(const State& s) {
    return s.view == View::Create || s.view == View::Edit;
}

bool form_editable(const State& s) {
    return (s.view == View::Create && s.session.can.create) || (s.view == View::Edit && s.session.can.update);
}

bool form_takes_input(const State& s) {
    return form_editable(s) && !s.form.saving;
}

bool allowed(const Capabilities& can, DialogKind kind) {
    switch (kind) {
    case DialogKind::Regenerate:
        return can.regenerate;
    case DialogKind::Delete:
        return can.remove;
    case DialogKind::LeaveUncopiedSecret:
        return true;
    }
    return false;
}

bool may_duplicate(const State& s, TokenId id) {
    return s.session.can.create && find_token(s.list.tokens, id) != nullptr;
}

const DuplicateSource* old_token_on_offer(const State& s) {
    if (!s.banner || !s.banner->replaces || s.banner->replaced_deleted || !s.session.can.remove)
        return nullptr;
    const DuplicateSource& old = *s.banner->replaces;
    return find_token(s.list.tokens, old.id) != nullptr ? &old : nullptr;
}

bool settled(const State& s) {
    return s.in_flight.empty() && !s.session.signing_in && !s.session.refreshing;
}

} // namespace imt
