#include <catch2/catch.hpp>

#include "hookwork/punycode.hpp"
#include "hookwork/url.hpp"

using namespace hookwork;

namespace {

UrlPolicy open_policy() {
  UrlPolicy p;
  p.allow_private = true;
  return p;
}

std::string normalized(const std::string& url, const UrlPolicy& policy = open_policy()) {
  auto r = validate_url(url, policy);
  INFO(url << " -> " << (r.ok() ? "" : r.errors().front().message));
  REQUIRE(r.ok());
  return r->normalized;
}

std::string refusal(const std::string& url, const UrlPolicy& policy = UrlPolicy{}) {
  auto r = validate_url(url, policy);
  INFO(url);
  REQUIRE_FALSE(r.ok());
  return r.errors().front().code;
}

}  // namespace

TEST_CASE("punycode matches RFC 3492 samples and round-trips", "[url][punycode]") {
  // RFC 3492 7.1 (B) Chinese (simplified) and (L) the Japanese mixed sample.
  std::u32string chinese = {0x4ED6, 0x4EEC, 0x4E3A, 0x4EC0, 0x4E48, 0x4E0D, 0x8BF4, 0x4E2D, 0x6587};
  CHECK(punycode_encode(chinese) == std::string("ihqwcrb4cv8a8dqg056pqjye"));
  CHECK(punycode_decode("ihqwcrb4cv8a8dqg056pqjye") == chinese);
  std::u32string mixed = {'3', 0x5E74, 'B', 0x7D44, 0x91D1, 0x516B, 0x5148, 0x751F};
  CHECK(punycode_encode(mixed) == std::string("3B-ww4c5e180e575a65lsy2b"));
  CHECK(punycode_decode("3B-ww4c5e180e575a65lsy2b") == mixed);
  CHECK(punycode_encode(*decode_utf8("bücher")) == std::string("bcher-kva"));
  for (const char* text : {"münchen", "😀🎉", "日本語", "ÄÖÜäöü", "a-b-ç"}) {
    auto cps = decode_utf8(text);
    REQUIRE(cps);
    auto encoded = punycode_encode(*cps);
    REQUIRE(encoded);
    CHECK(punycode_decode(*encoded) == cps);
    CHECK(encode_utf8(*cps) == text);
  }
  CHECK_FALSE(punycode_decode("!!"));
  CHECK_FALSE(punycode_decode("99999999999"));
}

TEST_CASE("UTF-8 decoding refuses overlong, surrogate and truncated forms", "[url][punycode]") {
  for (const char* bad : {"\xC0\xAF", "\xED\xA0\x80", "\xF4\x90\x80\x80", "\xE2\x82", "\x80", "\xFF"}) {
    CHECK_FALSE(decode_utf8(bad));
  }
  CHECK(decode_utf8("\xF0\x9F\x98\x80") == std::u32string{0x1F600});
}

TEST_CASE("URLs are normalized: scheme and host lowercase, default port dropped, path '/'", "[url]") {
  CHECK(normalized("HTTP://Example.COM") == "http://example.com/");
  CHECK(normalized("https://example.com:443/a?b=c") == "https://example.com/a?b=c");
  CHECK(normalized("http://example.com:80?x=1") == "http://example.com/?x=1");
  CHECK(normalized("http://example.com:8080/p") == "http://example.com:8080/p");
  CHECK(normalized("https://Bücher.example/ü?q=ä") == "https://xn--bcher-kva.example/%C3%BC?q=%C3%A4");
  CHECK(normalized("http://例え.テスト/") == "http://xn--r8jz45g.xn--zckzah/");
  CHECK(normalized("http://example.com/a%20b") == "http://example.com/a%20b");
  CHECK(normalized("http://example.com/{x}") == "http://example.com/%7Bx%7D");
  CHECK(normalized("http://[2001:DB8:0:0:0:0:0:1]:8443/") == "http://[2001:db8::1]:8443/");
  CHECK(normalized("http://example.com./") == "http://example.com./");
  auto parsed = validate_url("https://Hooks.Example.org:8443/in?x=1", UrlPolicy{});
  REQUIRE(parsed.ok());
  CHECK(parsed->scheme == "https");
  CHECK(parsed->host == "hooks.example.org");
  CHECK(parsed->port == 8443);
  CHECK(parsed->path_and_query == "/in?x=1");
  CHECK_FALSE(parsed->host_is_ip);
}

TEST_CASE("odd IPv4 forms are read as the address they name", "[url][ip]") {
  CHECK(normalized("http://2130706433/") == "http://127.0.0.1/");
  CHECK(normalized("http://0x7f.1/") == "http://127.0.0.1/");
  CHECK(normalized("http://0177.0.0.1/") == "http://127.0.0.1/");
  CHECK(normalized("http://127.1/") == "http://127.0.0.1/");
  CHECK(normalized("http://0x7F000001/") == "http://127.0.0.1/");
  CHECK(normalized("http://10.0.258/") == "http://10.0.1.2/");
  CHECK(normalized("http://127.0.0.1./") == "http://127.0.0.1/");
  CHECK(refusal("http://2130706433/") == "forbidden_address");
  CHECK(refusal("http://0x7f.1/") == "forbidden_address");
  CHECK(refusal("http://1.2.3.256/") == "invalid_url");
  CHECK(refusal("http://4294967296/") == "invalid_url");
  CHECK(refusal("http://1.2.3.4.5/") == "invalid_url");
  CHECK(refusal("http://09.1.1.1/") == "invalid_url");
  CHECK(refusal("http://example.123/") == "invalid_url");
}

TEST_CASE("IP literals are classified into the ranges the SSRF guard refuses", "[url][ip]") {
  const std::vector<std::pair<const char*, AddressClass>> table = {
      {"8.8.8.8", AddressClass::Public},           {"93.184.216.34", AddressClass::Public},
      {"10.1.2.3", AddressClass::Private},         {"172.16.0.1", AddressClass::Private},
      {"172.31.255.255", AddressClass::Private},   {"172.32.0.1", AddressClass::Public},
      {"192.168.1.1", AddressClass::Private},      {"127.0.0.1", AddressClass::Loopback},
      {"127.255.255.254", AddressClass::Loopback}, {"169.254.169.254", AddressClass::LinkLocal},
      {"100.64.0.1", AddressClass::Cgnat},         {"100.128.0.1", AddressClass::Public},
      {"224.0.0.1", AddressClass::Multicast},      {"240.0.0.1", AddressClass::Reserved},
      {"255.255.255.255", AddressClass::Broadcast}, {"0.0.0.0", AddressClass::Unspecified},
      {"192.0.2.1", AddressClass::Documentation},  {"198.51.100.7", AddressClass::Documentation},
      {"203.0.113.9", AddressClass::Documentation}, {"198.18.0.1", AddressClass::Benchmarking},
      {"192.88.99.1", AddressClass::SixToFour},    {"192.0.0.8", AddressClass::Reserved},
      {"::", AddressClass::Unspecified},           {"::1", AddressClass::Loopback},
      {"::ffff:127.0.0.1", AddressClass::Loopback}, {"::ffff:8.8.8.8", AddressClass::Public},
      {"::ffff:7f00:1", AddressClass::Loopback},   {"::127.0.0.1", AddressClass::Reserved},
      {"64:ff9b::7f00:1", AddressClass::Nat64},    {"2001::1", AddressClass::Teredo},
      {"2001:2::1", AddressClass::Benchmarking},   {"2001:db8::1", AddressClass::Documentation},
      {"2002:7f00:1::", AddressClass::SixToFour},  {"fc00::1", AddressClass::Private},
      {"fd12:3456::1", AddressClass::Private},     {"fe80::1", AddressClass::LinkLocal},
      {"fec0::1", AddressClass::Private},          {"ff02::1", AddressClass::Multicast},
      {"2606:4700:4700::1111", AddressClass::Public}, {"100::1", AddressClass::Reserved},
      {"3fff::1", AddressClass::Documentation},
  };
  for (const auto& [text, expected] : table) {
    INFO(text);
    auto c = classify_ip(text);
    REQUIRE(c);
    CHECK(to_string(*c) == std::string(to_string(expected)));
  }
  for (const char* not_ip : {"example.com", "", "1.2.3", "01.2.3.4", "1:2", "1::2::3", "::1%eth0", "[::1]",
                             "1:2:3:4:5:6:7:8:9", ":::", "1.2.3.4 ", "::ffff:1.2.3"}) {
    INFO(not_ip);
    CHECK_FALSE(classify_ip(not_ip));
  }
}

TEST_CASE("address_allowed: public always, others by allow_private or allow_cidrs", "[url][ip]") {
  UrlPolicy strict;
  CHECK(address_allowed("8.8.8.8", strict));
  CHECK_FALSE(address_allowed("10.0.0.1", strict));
  CHECK_FALSE(address_allowed("not an ip", strict));
  UrlPolicy cidrs;
  cidrs.allow_cidrs = {"10.1.0.0/16", "fd00::/8", "192.168.7.7"};
  CHECK(address_allowed("10.1.200.3", cidrs));
  CHECK_FALSE(address_allowed("10.2.0.1", cidrs));
  CHECK(address_allowed("::ffff:10.1.0.9", cidrs));  // v4-mapped matches the IPv4 range
  CHECK(address_allowed("fd00::5", cidrs));
  CHECK_FALSE(address_allowed("fc00::5", cidrs));
  CHECK(address_allowed("192.168.7.7", cidrs));
  CHECK_FALSE(address_allowed("192.168.7.8", cidrs));
  CHECK(address_allowed("127.0.0.1", open_policy()));
}

TEST_CASE("URLs that are not plain absolute http(s) are refused", "[url]") {
  CHECK(refusal("") == "required");
  CHECK(refusal("ftp://example.com/") == "invalid_url");
  CHECK(refusal("javascript:alert(1)") == "invalid_url");
  CHECK(refusal("/relative/path") == "invalid_url");
  CHECK(refusal("example.com/x") == "invalid_url");
  CHECK(refusal("http:example.com") == "invalid_url");
  CHECK(refusal("http:///path") == "invalid_url");
  CHECK(refusal("http://user:pw@example.com/") == "invalid_url");
  CHECK(refusal("http://example.com/#frag") == "invalid_url");
  CHECK(refusal("http://example.com/\r\nX-Injected: 1") == "invalid_url");
  CHECK(refusal(std::string("http://example.com/\0x", 21)) == "invalid_url");
  CHECK(refusal("http://exa mple.com/") == "invalid_url");
  CHECK(refusal("http://example.com\\@evil.com/") == "invalid_url");
  CHECK(refusal("http://example.com:0/") == "invalid_url");
  CHECK(refusal("http://example.com:65536/") == "invalid_url");
  CHECK(refusal("http://example.com:/") == "invalid_url");
  CHECK(refusal("http://example.com:8a/") == "invalid_url");
  CHECK(refusal("http://example.com/%zz") == "invalid_url");
  CHECK(refusal("http://exa_mple..com/") == "invalid_url");
  CHECK(refusal("http://-bad.com/") == "invalid_url");
  CHECK(refusal("http://ex%41mple.com/") == "invalid_url");
  CHECK(refusal("http://[fe80::1%25eth0]/", open_policy()) == "invalid_url");
  CHECK(refusal("http://[::1/") == "invalid_url");
  CHECK(refusal("http://[1::2::3]/") == "invalid_url");
  CHECK(refusal("http://xn--zz!.com/") == "invalid_url");
  CHECK(refusal("http://" + std::string(64, 'a') + ".com/") == "invalid_url");
  CHECK(refusal("http://example.com/" + std::string(2048, 'a')) == "too_long");
  CHECK(refusal("http://localhost:8080/") == "forbidden_address");
  CHECK(refusal("http://api.localhost/") == "forbidden_address");
  CHECK(refusal("http://[::ffff:169.254.169.254]/") == "forbidden_address");
  CHECK(refusal("http://169.254.169.254/latest/meta-data") == "forbidden_address");
  CHECK(refusal("http://\xff.com/") == "invalid_url");
}

TEST_CASE("https_only and forbidden_address are reported together", "[url]") {
  UrlPolicy p;
  p.https_only = true;
  auto r = validate_url("http://10.0.0.1/", p);
  REQUIRE_FALSE(r.ok());
  REQUIRE(r.errors().size() == 2);
  CHECK(r.errors()[0].code == "https_required");
  CHECK(r.errors()[1].code == "forbidden_address");
  CHECK(validate_url("https://example.com/", p).ok());
}

TEST_CASE("parse_url_policy checks every field", "[url]") {
  auto ok = parse_url_policy({{"allow_private", true}, {"allow_cidrs", {"10.0.0.0/8"}}, {"https_only", false}});
  REQUIRE(ok.ok());
  CHECK(ok->allow_private);
  auto bad = parse_url_policy({{"allow_private", "yes"}, {"allow_cidrs", {"10.0.0.0/33", 5}}, {"x", 1}});
  REQUIRE_FALSE(bad.ok());
  REQUIRE(bad.errors().size() == 4);
  CHECK(bad.errors()[0].field == "x");
  CHECK(bad.errors()[1].field == "allow_private");
  CHECK(bad.errors()[2].field == "allow_cidrs[0]");
  CHECK(bad.errors()[2].code == "invalid_cidr");
  CHECK(bad.errors()[3].code == "invalid_type");
}
