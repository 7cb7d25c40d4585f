#include "transfer.hpp"

#include <sys/socket.h>

#include <algorithm>
#include <cctype>
#include <string_view>

namespace hookwork::delivery {
namespace {

std::string_view trim(std::string_view s) {
  auto space = [](char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; };
  while (!s.empty() && space(s.front())) s.remove_prefix(1);
  while (!s.empty() && space(s.back())) s.remove_suffix(1);
  return s;
}

TransportError classify_curl(CURLcode code, CURL* easy) {
  switch (code) {
    case CURLE_OK: return TransportError::None;
    case CURLE_OPERATION_TIMEDOUT: {
      curl_off_t connect_time = 0;
      curl_easy_getinfo(easy, CURLINFO_CONNECT_TIME_T, &connect_time);
      return connect_time == 0 ? TransportError::ConnectTimeout : TransportError::Timeout;
    }
    case CURLE_COULDNT_CONNECT: return TransportError::ConnectionRefused;
    case CURLE_COULDNT_RESOLVE_HOST: return TransportError::Dns;
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CIPHER:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_ISSUER_ERROR:
    case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
    case CURLE_SSL_INVALIDCERTSTATUS:
    case CURLE_SSL_CRL_BADFILE:
    case CURLE_SSL_SHUTDOWN_FAILED: return TransportError::Tls;
    case CURLE_GOT_NOTHING:
    case CURLE_RECV_ERROR:
    case CURLE_SEND_ERROR:
    case CURLE_PARTIAL_FILE:
    case CURLE_HTTP2_STREAM: return TransportError::ConnectionClosed;
    case CURLE_WEIRD_SERVER_REPLY:
    case CURLE_HTTP2:
    case CURLE_UNSUPPORTED_PROTOCOL:
    case CURLE_URL_MALFORMAT: return TransportError::Protocol;
    default: return TransportError::Other;
  }
}

}  // namespace

std::optional<std::string> DispatchResult::header(std::string_view name) const {
  auto same = [&](const std::string& candidate) {
    return candidate.size() == name.size() &&
           std::equal(candidate.begin(), candidate.end(), name.begin(), [](char a, char b) {
             return std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(b));
           });
  };
  for (const auto& h : headers)
    if (same(h.name)) return h.value;
  return std::nullopt;
}

Transfer::Transfer(DispatchRequest request, Completion done, const DispatcherConfig& config,
                   const AddressGuard& guard)
    : request_(std::move(request)), done_(std::move(done)), config_(config), guard_(guard) {
  // "Expect: 100-continue" would cost a round trip (or a 1 s wait) on every body over 1 KiB.
  header_list_ = curl_slist_append(header_list_, "Expect:");
  std::string line;
  for (const auto& h : request_.request.headers) {
    // libcurl sends "Name;" as a header with an empty value; "Name:" would remove it.
    line.assign(h.name);
    if (h.value.empty()) {
      line += ';';
    } else {
      line += ": ";
      line += h.value;
    }
    header_list_ = curl_slist_append(header_list_, line.c_str());
  }
}

Transfer::~Transfer() {
  if (easy_) curl_easy_cleanup(easy_);
  if (header_list_) curl_slist_free_all(header_list_);
}

void Transfer::attach(CURL* easy) {
  easy_ = easy;
  const auto& req = request_.request;
  curl_easy_setopt(easy_, CURLOPT_PRIVATE, this);
  curl_easy_setopt(easy_, CURLOPT_URL, req.url.c_str());
  curl_easy_setopt(easy_, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(easy_, CURLOPT_FOLLOWLOCATION, 0L);
  curl_easy_setopt(easy_, CURLOPT_PROTOCOLS_STR, "http,https");
  curl_easy_setopt(easy_, CURLOPT_PROXY, "");  // an environment proxy would bypass the address guard
  curl_easy_setopt(easy_, CURLOPT_SSL_VERIFYPEER, 1L);
  curl_easy_setopt(easy_, CURLOPT_SSL_VERIFYHOST, 2L);
  if (!config_.ca_file.empty()) curl_easy_setopt(easy_, CURLOPT_CAINFO, config_.ca_file.c_str());
  curl_easy_setopt(easy_, CURLOPT_HTTP_VERSION, static_cast<long>(CURL_HTTP_VERSION_2TLS));
  curl_easy_setopt(easy_, CURLOPT_PIPEWAIT, 1L);
  curl_easy_setopt(easy_, CURLOPT_TCP_KEEPALIVE, 1L);
  curl_easy_setopt(easy_, CURLOPT_CONNECTTIMEOUT_MS,
                   static_cast<long>(request_.connect_timeout.value_or(config_.connect_timeout).count()));
  curl_easy_setopt(easy_, CURLOPT_TIMEOUT_MS,
                   static_cast<long>(request_.total_timeout.value_or(config_.total_timeout).count()));
  curl_easy_setopt(easy_, CURLOPT_OPENSOCKETFUNCTION, &Transfer::on_open_socket);
  curl_easy_setopt(easy_, CURLOPT_OPENSOCKETDATA, this);
  curl_easy_setopt(easy_, CURLOPT_HEADERFUNCTION, &Transfer::on_header);
  curl_easy_setopt(easy_, CURLOPT_HEADERDATA, this);
  curl_easy_setopt(easy_, CURLOPT_WRITEFUNCTION, &Transfer::on_body);
  curl_easy_setopt(easy_, CURLOPT_WRITEDATA, this);

  if (req.method == "GET") {
    curl_easy_setopt(easy_, CURLOPT_HTTPGET, 1L);
  } else {
    if (req.method != "POST") curl_easy_setopt(easy_, CURLOPT_CUSTOMREQUEST, req.method.c_str());
    curl_easy_setopt(easy_, CURLOPT_POST, 1L);
    curl_easy_setopt(easy_, CURLOPT_POSTFIELDS, req.body.data());
    curl_easy_setopt(easy_, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(req.body.size()));
  }
  curl_easy_setopt(easy_, CURLOPT_HTTPHEADER, header_list_);
}

CURL* Transfer::detach() {
  CURL* easy = easy_;
  easy_ = nullptr;
  return easy;
}

size_t Transfer::on_header(char* data, size_t size, size_t count, void* self) {
  auto& t = *static_cast<Transfer*>(self);
  const std::string_view line(data, size * count);
  if (line.rfind("HTTP/", 0) == 0) {
    t.result_.headers.clear();  // a new response (after 1xx): keep only the final one's headers
  } else if (auto colon = line.find(':'); colon != std::string_view::npos) {
    t.result_.headers.push_back({std::string(trim(line.substr(0, colon))), std::string(trim(line.substr(colon + 1)))});
  }
  return size * count;
}

size_t Transfer::on_body(char* data, size_t size, size_t count, void* self) {
  auto& t = *static_cast<Transfer*>(self);
  const size_t n = size * count;
  const size_t room = t.config_.body_cap - t.result_.body.size();
  if (n <= room) {
    t.result_.body.append(data, n);
    return n;
  }
  // Past the cap: keep what fits and stop reading; the status is already known.
  t.result_.body.append(data, room);
  t.result_.body_truncated = true;
  return 0;
}

curl_socket_t Transfer::on_open_socket(void* self, curlsocktype /*purpose*/, curl_sockaddr* address) {
  auto& t = *static_cast<Transfer*>(self);
  std::string literal;
  if (!t.guard_.allows(&address->addr, literal)) {
    t.refused_address_ = literal;
    return CURL_SOCKET_BAD;
  }
  return ::socket(address->family, address->socktype, address->protocol);
}

void Transfer::finish(CURLcode code) {
  result_.duration =
      std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - started_);
  if (code == CURLE_WRITE_ERROR && result_.body_truncated) code = CURLE_OK;
  result_.error = classify_curl(code, easy_);
  if (result_.error == TransportError::None) {
    curl_easy_getinfo(easy_, CURLINFO_RESPONSE_CODE, &result_.status);
    long version = 0;
    curl_easy_getinfo(easy_, CURLINFO_HTTP_VERSION, &version);
    result_.http_version = version == CURL_HTTP_VERSION_2_0 ? 20
                           : version == CURL_HTTP_VERSION_1_1 ? 11
                           : version == CURL_HTTP_VERSION_1_0 ? 10
                                                              : 0;
  } else if (!refused_address_.empty() && result_.error == TransportError::ConnectionRefused) {
    result_.error = TransportError::ForbiddenAddress;
    result_.error_message = "address " + refused_address_ + " is not allowed (SSRF guard); allow it with a CIDR";
  } else {
    result_.error_message = curl_easy_strerror(code);
  }
  if (result_.error != TransportError::None) {
    result_.status = 0;
    result_.headers.clear();
    result_.body.clear();
    result_.body_truncated = false;
  }
  char* ip = nullptr;
  if (curl_easy_getinfo(easy_, CURLINFO_PRIMARY_IP, &ip) == CURLE_OK && ip) result_.remote_ip = ip;
}

void Transfer::abandon(const std::string& why) {
  result_.error = TransportError::Other;
  result_.error_message = why;
}

void Transfer::complete() {
  if (done_) {
    auto done = std::move(done_);
    done(std::move(result_));
  }
}

}  // namespace hookwork::delivery
