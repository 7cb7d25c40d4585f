#include <catch2/catch.hpp>

#include "hookwork/delivery/address_guard.hpp"
#include "hookwork/delivery/transport_error.hpp"

using namespace hookwork::delivery;

TEST_CASE("non-public ranges are refused, public ones allowed", "[address_guard]") {
  AddressPolicy none;
  for (const char* ip : {"127.0.0.1", "10.1.2.3", "172.16.0.1", "172.31.255.255", "192.168.1.1", "169.254.169.254",
                         "100.64.0.1", "0.0.0.0", "224.0.0.1", "255.255.255.255", "198.18.0.1", "192.0.2.1",
                         "::1", "::", "fe80::1", "fc00::1", "fd12::1", "ff02::1", "::ffff:127.0.0.1",
                         "::ffff:10.0.0.1", "64:ff9b::a00:1", "2002:a00:1::", "2001:db8::1", "2001::1", "not an ip", ""})
    CHECK_FALSE(policy_allows_address(ip, none));
  for (const char* ip : {"8.8.8.8", "1.1.1.1", "172.32.0.1", "100.128.0.1", "2606:4700:4700::1111",
                         "::ffff:8.8.8.8"})
    CHECK(policy_allows_address(ip, none));
}

TEST_CASE("the allowlist opens exactly its CIDRs", "[address_guard]") {
  AddressPolicy p;
  p.allow_cidrs = {"127.0.0.1/32", "10.1.0.0/16", "fd00::/8", "garbage", "10.0.0.0/99"};
  CHECK(policy_allows_address("127.0.0.1", p));
  CHECK(policy_allows_address("::ffff:127.0.0.1", p));
  CHECK_FALSE(policy_allows_address("127.0.0.2", p));
  CHECK(policy_allows_address("10.1.255.255", p));
  CHECK_FALSE(policy_allows_address("10.2.0.0", p));
  CHECK(policy_allows_address("fd12:3456::1", p));
  CHECK_FALSE(policy_allows_address("fc00::1", p));
  AddressPolicy all;
  all.allow_private = true;
  CHECK(policy_allows_address("127.0.0.1", all));
  CHECK_FALSE(policy_allows_address("localhost", all));
}

TEST_CASE("transport errors round-trip through their codes", "[transport_error]") {
  for (auto e : {TransportError::None, TransportError::Timeout, TransportError::ConnectTimeout,
                 TransportError::ConnectionRefused, TransportError::Dns, TransportError::Tls,
                 TransportError::ForbiddenAddress, TransportError::ConnectionClosed, TransportError::Protocol,
                 TransportError::Other})
    CHECK(parse_transport_error(to_string(e)) == e);
  CHECK_FALSE(parse_transport_error("nope"));
}
