// libcurl's easy interface for Swift. curl_easy_setopt and curl_easy_getinfo are variadic, which
// Swift cannot call, so each argument type ferry passes gets a typed wrapper here.
#ifndef FERRY_CCURL_SHIM_H
#define FERRY_CCURL_SHIM_H
#include <curl/curl.h>

typedef size_t (*ferry_curl_data_callback)(char *data, size_t size, size_t count, void *user);
typedef int (*ferry_curl_progress_callback)(void *user, curl_off_t dltotal, curl_off_t dlnow, curl_off_t ultotal,
                                            curl_off_t ulnow);

static inline CURLcode ferry_curl_setopt_long(CURL *handle, CURLoption option, long value) {
  return curl_easy_setopt(handle, option, value);
}

static inline CURLcode ferry_curl_setopt_offset(CURL *handle, CURLoption option, curl_off_t value) {
  return curl_easy_setopt(handle, option, value);
}

static inline CURLcode ferry_curl_setopt_pointer(CURL *handle, CURLoption option, const void *value) {
  return curl_easy_setopt(handle, option, value);
}

static inline CURLcode ferry_curl_setopt_data_callback(CURL *handle, CURLoption option,
                                                       ferry_curl_data_callback callback) {
  return curl_easy_setopt(handle, option, callback);
}

static inline CURLcode ferry_curl_setopt_progress_callback(CURL *handle, ferry_curl_progress_callback callback) {
  return curl_easy_setopt(handle, CURLOPT_XFERINFOFUNCTION, callback);
}

static inline CURLcode ferry_curl_response_code(CURL *handle, long *code) {
  return curl_easy_getinfo(handle, CURLINFO_RESPONSE_CODE, code);
}

#endif
