#pragma once
// One request on the wire: the callbacks that fill the DispatchResult, and the
// translation of libcurl's outcome into it. The easy handle is lent by the
// dispatcher's pool for the time on the wire: `attach` sets every option again
// after curl_easy_reset, so nothing of an earlier request survives on it.
#include <curl/curl.h>

#include <chrono>
#include <string>

#include "hookwork/delivery/dispatcher.hpp"

namespace hookwork::delivery {

class Transfer {
 public:
  // Builds the header list here, on the submitting thread, to keep that work off the loop thread.
  Transfer(DispatchRequest request, Completion done, const DispatcherConfig& config, const AddressGuard& guard);
  ~Transfer();
  Transfer(const Transfer&) = delete;
  Transfer& operator=(const Transfer&) = delete;

  // Configures `easy` (fresh or reset) for this request; the transfer uses it until detach().
  void attach(CURL* easy);
  // Gives the handle back (still configured for this request: reset it before lending it again).
  CURL* detach();
  CURL* easy() const { return easy_; }
  void mark_started() { started_ = std::chrono::steady_clock::now(); }
  // Fills the result from libcurl's outcome.
  void finish(CURLcode code);
  // Fills the result for a request that never got an answer (dispatcher stopping).
  void abandon(const std::string& why);
  // Hands the result to the caller's completion (once).
  void complete();

 private:
  static size_t on_header(char* data, size_t size, size_t count, void* self);
  static size_t on_body(char* data, size_t size, size_t count, void* self);
  static curl_socket_t on_open_socket(void* self, curlsocktype purpose, curl_sockaddr* address);

  CURL* easy_ = nullptr;
  curl_slist* header_list_ = nullptr;
  DispatchRequest request_;
  Completion done_;
  const DispatcherConfig& config_;
  const AddressGuard& guard_;
  DispatchResult result_;
  std::string refused_address_;  // set when the guard refused a resolved address
  std::chrono::steady_clock::time_point started_;
};

}  // namespace hookwork::delivery
