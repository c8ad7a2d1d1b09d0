#pragma once
// Strict readers shared by the codec_*.cpp files (private to src/core).
// Every reader checks a value's JSON type before touching it, so a body Strapi never sends becomes
// a described mismatch ("data[2].createdAt: expected an ISO-8601 string, got number") instead of
// a nlohmann exception. Absent and null members are treated alike: Strapi uses both for "nothing".

#include "core/answer_text.hpp"
#include "core/api_error.hpp"
#include "core/codec.hpp"
#include "core/http.hpp"
#include "core/model.hpp"
#include "core/secret.hpp"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace imt::json_read {

// Keeps members in the order Strapi wrote them: the permission catalogue is shown in that order.
using Json = nlohmann::ordered_json;

// The first place where a body differs from what its endpoint promises.
class Shape {
public:
    void mismatch(std::string problem) {
        if (problem_.empty())
            problem_ = std::move(problem);
    }
    [[nodiscard]] bool ok() const { return problem_.empty(); }
    [[nodiscard]] const std::string& problem() const { return problem_; }

private:
    std::string problem_;
};

// A value inside a parsed body, with the way to it. The path is only spelled out when a
// mismatch is reported, so reading 10,000 tokens builds no path strings.
// A Node points at its parent: keep the parent alive (a named variable) while the child is in use.
class Node {
public:
    // `answer` holds the secrets taken out of the body before it was parsed (answer_text.hpp).
    Node(const Json& root, Shape& shape, const AnswerText* answer = nullptr)
        : json_(&root), shape_(&shape), answer_(answer) {}

    [[nodiscard]] Node member(std::string_view key) const;
    [[nodiscard]] bool absent_or_null() const { return json_ == nullptr || json_->is_null(); }
    [[nodiscard]] bool is_object() const { return json_ != nullptr && json_->is_object(); }
    [[nodiscard]] std::string path() const;

    std::string string() const;          // required string
    std::string string_or_empty() const; // string, or "" for null
    std::optional<std::string> optional_string() const;
    std::int64_t integer() const;
    std::optional<std::int64_t> lifespan() const; // "604800000", 604800000 or null
    Timestamp timestamp() const;
    std::optional<Timestamp> optional_timestamp() const;
    std::vector<std::string> strings() const; // array of strings; null reads as empty
    Secret secret() const; // non-empty string: data.<secret member> comes from the body, not the parser

    // False (and a recorded mismatch) unless the value is an object / array.
    bool expect_object() const;
    bool expect_array() const;

    // visit(const Node& element) for each element of an array; nothing unless it is one.
    template <class Visit>
    void each_element(Visit&& visit) const {
        if (!expect_array())
            return;
        for (std::size_t i = 0; i < json_->size(); ++i) {
            visit(Node(&(*json_)[i], this, {}, i, shape_));
            if (!shape_->ok())
                return;
        }
    }

    // visit(const Node& element, const Shape& shape) for each element, each read with a Shape of its
    // own: for a list whose rows stand alone, where one unreadable row must not end the others.
    template <class Visit>
    void each_element_on_its_own(Visit&& visit) const {
        if (!expect_array())
            return;
        for (std::size_t i = 0; i < json_->size(); ++i) {
            Shape element_shape;
            visit(Node(&(*json_)[i], this, {}, i, &element_shape), element_shape);
        }
    }

    // visit(std::string_view key, const Node& value) for each member of an object, in order.
    template <class Visit>
    void each_member(Visit&& visit) const {
        if (!expect_object())
            return;
        for (const auto& [key, value] : json_->items()) {
            visit(std::string_view(key), Node(&value, this, key, 0, shape_));
            if (!shape_->ok())
                return;
        }
    }

    void mismatch(std::string_view expected) const;

private:
    Node(const Json* json, const Node* parent, std::string_view key, std::size_t index, Shape* shape)
        : json_(json), parent_(parent), key_(key), index_(index), shape_(shape) {}

    const Json* json_; // nullptr: the member is absent
    const Node* parent_ = nullptr;
    std::string_view key_; // empty for an array element
    std::size_t index_ = 0;
    Shape* shape_;
    const AnswerText* answer_ = nullptr; // on the root only
};

// Token fields as GET / PUT / DELETE / POST return them. Never reads accessKey.
ApiToken read_token(const Node& node);
AdminUser read_admin_user(const Node& node);

// The body text the client sends: a string typed with broken UTF-8 must not make dump() throw (the
// web build would stop), so such bytes go out as U+FFFD.
std::string to_text(const Json& json);

[[nodiscard]] bool is_success(const HttpResponse& response);
// The prepared text as JSON, or nothing when it is not JSON at all.
std::optional<Json> parse(const AnswerText& answer, std::string_view body);
// The same for a body that carries no secret the caller reads (error envelopes); nothing when it is
// too large as well.
std::optional<Json> parse(std::string_view body);
ApiError malformed_json(const HttpResponse& response);
ApiError unexpected_shape(const HttpResponse& response, std::string problem);
ApiError unreadable(const HttpResponse& response);
ApiError too_large(const HttpResponse& response);

// Calls decode() with exceptions caught as a last line of defence: the readers above do not throw,
// but an allocation failure or a library surprise must still become an ApiError, never an escape.
// (The web build has no exceptions: there nlohmann_json and the allocator stop the program instead.)
template <class Decode>
auto guarded([[maybe_unused]] const HttpResponse& response, Decode&& decode) -> decltype(decode()) {
#if defined(__cpp_exceptions)
    try {
        return decode();
    } catch (...) {
        return unreadable(response);
    }
#else
    return decode();
#endif
}

// The common path of every success decoder: a non-2xx goes to decode_error; otherwise the body must
// be JSON with a "data" member, which read(const Node& data) turns into a T.
template <class T, class Read>
Result<T> decode_data(const HttpResponse& response, Read&& read) {
    return guarded(response, [&]() -> Result<T> {
        if (!is_success(response))
            return decode_error(response);
        const auto answer = response.over_limit ? std::nullopt : prepare_answer_text(response.body);
        if (!answer)
            return too_large(response);
        auto json = parse(*answer, response.body);
        if (!json)
            return malformed_json(response);
        Shape shape;
        const Node root(*json, shape, &*answer);
        const Node data = root.member("data");
        if (!json->is_object() || !json->contains("data")) {
            shape.mismatch("body: expected an object with a \"data\" member");
        }
        T value{};
        if (shape.ok())
            value = read(data);
        if (!shape.ok())
            return unexpected_shape(response, shape.problem());
        return value;
    });
}

} // namespace imt::json_read
