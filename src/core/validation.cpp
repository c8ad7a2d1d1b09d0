#include "core/validation.hpp"

#include "core/text.hpp"

#include <algorithm>
#include <string>

namespace imt {

namespace {

const FieldError* first_for(const std::vector<FieldError>& findings, std::string_view field) {
    const auto found =
        std::find_if(findings.begin(), findings.end(), [&](const FieldError& e) { return e.field == field; });
    return found == findings.end() ? nullptr : &*found;
}

FieldError finding(std::string field, std::string key) {
    return FieldError{std::move(field), std::move(key), {}};
}

bool known_type(TokenType type) {
    return type == TokenType::ReadOnly || type == TokenType::FullAccess || type == TokenType::Custom;
}

bool known_lifespan(Lifespan lifespan) {
    return lifespan == Lifespan::Days7 || lifespan == Lifespan::Days30 || lifespan == Lifespan::Days90 ||
           lifespan == Lifespan::Unlimited;
}

void check_name(const std::string& name, const ValidationContext& context, DraftCheck& check) {
    if (name.empty()) {
        check.errors.push_back(finding("name", "validation.name.required"));
        return;
    }
    if (utf8_length(name) > kNameMaxLength) {
        check.errors.push_back(finding("name", "validation.name.too_long"));
    } else if (name.find('\0') != std::string::npos) {
        check.errors.push_back(finding("name", "validation.name.invalid"));
    }
    if (context.existing == nullptr) {
        return;
    }
    bool case_clash = false;
    for (const ApiToken& other : *context.existing) {
        if (context.editing_id && other.id == *context.editing_id) {
            continue;
        }
        // Strapi stores names trimmed and compares them byte for byte (case-sensitive on SQLite).
        if (other.name == name) {
            check.errors.push_back(finding("name", "validation.name.taken"));
            return;
        }
        case_clash = case_clash || ascii_iequals(other.name, name);
    }
    if (case_clash) {
        check.warnings.push_back(finding("name", "validation.name.case_clash"));
    }
}

void check_permissions(const TokenDraft& draft, const ValidationContext& context, DraftCheck& check) {
    if (draft.type != TokenType::Custom) {
        return; // the form drops the selection of other types, so it cannot be wrong
    }
    if (draft.permissions.empty()) {
        // Strapi accepts it, but such a token gets 403 on every content-API route.
        check.warnings.push_back(finding("permissions", "validation.permissions.empty"));
        return;
    }
    if (context.catalogue != nullptr && !context.catalogue->empty() &&
        !context.catalogue->unknown_in(draft.permissions).empty()) {
        check.errors.push_back(finding("permissions", "validation.permissions.unknown"));
    }
}

} // namespace

const FieldError* DraftCheck::error_for(std::string_view field) const {
    return first_for(errors, field);
}
const FieldError* DraftCheck::warning_for(std::string_view field) const {
    return first_for(warnings, field);
}

DraftCheck validate_draft(const TokenDraft& draft, const ValidationContext& context) {
    DraftCheck check;
    check_name(trim(draft.name), context, check);
    // The description is trimmed on save, like the name.
    const std::string description = trim(draft.description);
    if (utf8_length(description) > kDescriptionMaxLength) {
        check.errors.push_back(finding("description", "validation.description.too_long"));
    } else if (description.find('\0') != std::string::npos) {
        check.errors.push_back(finding("description", "validation.description.invalid"));
    }
    if (!known_lifespan(draft.lifespan)) {
        check.errors.push_back(finding("lifespan", "validation.lifespan.invalid"));
    } else if (context.original_lifespan && draft.lifespan != *context.original_lifespan) {
        check.errors.push_back(finding("lifespan", "validation.lifespan.immutable"));
    }
    if (!known_type(draft.type)) {
        check.errors.push_back(finding("type", "validation.type.invalid"));
    }
    check_permissions(draft, context, check);
    return check;
}

} // namespace imt
