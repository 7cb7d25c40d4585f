#!/usr/bin/env python3
"""Writes tests/vectors/payload.json: payload.build cases whose expected outputs
are computed here, independently of the C++ core (Python's json, urllib.parse,
base64 and a 10-line RC4), from the rules in docs/payload.md. The C++ tests,
the Node tests and the browser test then check the core against these files.

Run from the repository root: python3 tests/vectors/oracles/payload_oracle.py
Inputs use already-normalized URLs and timestamps, so the oracle needs no copy
of validate's normalization rules.
"""
import base64
import datetime
import json
import os
import urllib.parse

VERSION = "0.1.0"  # project(hookwork VERSION ...) in CMakeLists.txt
PLACEHOLDERS = ["EventDate", "IdConsole", "IdList", "IdNL", "EventType", "EventSource",
                "Reason", "Email", "Prefix", "Number", "Groups", "Channel"]
CHANNELS = {0: 0, 1: 1, 2: 2, 5: 5, "mail": 0, "email": 0, "sms": 1, "fax": 2, "social": 5}


def dump(value):
    """Compact JSON, keys sorted, UTF-8 kept: how the core writes every document."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def pct(text):
    """RFC 3986: only A-Z a-z 0-9 - . _ ~ stay."""
    data = text.encode("utf-8") if isinstance(text, str) else text
    return urllib.parse.quote(data, safe="")


def rc4(key, data):
    s = list(range(256))
    j = 0
    for i in range(256):
        j = (j + s[i] + key[i % len(key)]) % 256
        s[i], s[j] = s[j], s[i]
    out = bytearray()
    i = j = 0
    for byte in data:
        i = (i + 1) % 256
        j = (j + s[i]) % 256
        s[i], s[j] = s[j], s[i]
        out.append(byte ^ s[(s[i] + s[j]) % 256])
    return bytes(out)


def envelope(event, event_id):
    env = {"id": event_id, "type": event["type"], "occurred_at": event["occurred_at"], "data": event["data"]}
    for key in ("app", "source", "list_id"):
        if key in event:
            env[key] = event[key]
    return env


def event_date(occurred_at):
    stamp = datetime.datetime.fromisoformat(occurred_at.replace("Z", "+00:00"))
    offset = stamp.utcoffset()
    minutes = int(offset.total_seconds() // 60)
    sign = "-" if minutes < 0 else "+"
    minutes = abs(minutes)
    return stamp.strftime("%Y-%m-%dT%H:%M:%S.") + "%03d" % (stamp.microsecond // 1000) + \
        "%s%02d:%02d" % (sign, minutes // 60, minutes % 60)


def as_text(value):
    return value if isinstance(value, str) else dump(value)


def parameter(name, event, account_id):
    data = event["data"]

    def field(key):
        value = data.get(key)
        return None if value is None else as_text(value)

    if name == "EventDate":
        return event_date(event["occurred_at"])
    if name == "IdConsole":
        return None if account_id in (None, "") else str(account_id)
    if name == "IdList":
        return event.get("list_id")
    if name == "IdNL":
        return field("message_id")
    if name == "EventType":
        return event["type"]
    if name == "EventSource":
        return event.get("source")
    if name == "Reason":
        return field("reason")
    if name == "Email":
        return field("email")
    if name == "Prefix":
        return field("mobile_prefix")
    if name == "Number":
        return field("mobile_number")
    if name == "Groups":
        groups = data.get("groups")
        if isinstance(groups, list):
            return ",".join(as_text(g) for g in groups)
        return field("groups")
    if name == "Channel":
        channel = data.get("channel")
        if isinstance(channel, bool) or isinstance(channel, float):
            return -1
        return CHANNELS.get(channel, -1)
    raise ValueError(name)


def query_text(value):
    return "" if value is None else (value if isinstance(value, str) else dump(value))


def add_query(url, pairs):
    base, hash_, fragment = url.partition("#")
    if "?" not in base:
        base += "?"
    elif not base.endswith("?") and not base.endswith("&"):
        base += "&"
    return base + "&".join(pct(k) + "=" + pct(v) for k, v in pairs) + hash_ + fragment


def expected(inp):
    hook = inp["hook"]
    events = inp["events"]
    ids = inp.get("ids") or ["evt_%d" % i for i in range(len(events))]
    method = hook.get("method", "POST")
    batch_max = hook.get("batch_max", 1)
    params = [p.strip("[]") for p in hook.get("parameters", [])]
    key = hook.get("encryption_key")
    as_array = batch_max > 1
    account_id = inp.get("account_id")

    headers = []
    if method == "POST":
        headers.append({"name": "Content-Type", "value": "text/plain" if key else "application/json"})
    headers.append({"name": "User-Agent", "value": "Hookwork/" + inp.get("version", VERSION)})
    headers.append({"name": "webhook-id", "value": inp["message_id"]})
    if "timestamp" in inp:
        headers.append({"name": "webhook-timestamp", "value": str(inp["timestamp"])})
    if "basic_auth" in hook:
        creds = (hook["basic_auth"]["username"] + ":" + hook["basic_auth"]["password"]).encode("utf-8")
        headers.append({"name": "Authorization", "value": "Basic " + base64.b64encode(creds).decode()})
    headers.extend(hook.get("headers", []))

    url = hook["url"]
    if params and method == "GET" and not key:
        event = events[0]
        pairs = [(p, query_text(parameter(p, event, account_id))) for p in params]
        return {"method": "GET", "url": add_query(url, pairs), "headers": headers, "body": ""}

    if params:
        objects = [{p: parameter(p, e, account_id) for p in params} for e in events]
        document = dump(objects if as_array else objects[0])
    else:
        envelopes = [dump(envelope(e, i)) for e, i in zip(events, ids)]
        document = "[" + ",".join(envelopes) + "]" if as_array else envelopes[0]
    if key:
        document = base64.b64encode(rc4(key.encode("utf-8"), document.encode("utf-8"))).decode()
    if method == "GET":
        return {"method": "GET", "url": add_query(url, [("payload", document)]), "headers": headers, "body": ""}
    return {"method": "POST", "url": url, "headers": headers, "body": document}


# ---------------------------------------------------------------- the cases
WHEN = "2012-09-12T11:18:37.664+02:00"
HOSTILE = "caf\u00e9 \u4e2d\u6587 \U0001F600 &=?#%+/ \"q\" back\\slash \u0000 \u001f\t\n\u007f"


def hook(**fields):
    h = {"event": "subscribe", "url": "https://example.com/hooks/in"}
    h.update(fields)
    return h


def event(data, **fields):
    e = {"type": "subscribe", "occurred_at": WHEN, "data": data}
    e.update(fields)
    return e


def build(h, events, **extra):
    inp = {"hook": h, "events": events, "message_id": "msg_p5jXN8AQM9LWM0D4loKWxJek"}
    inp.update(extra)
    return inp


def many(n, data_of):
    return [event(data_of(i)) for i in range(n)]


OK_CASES = [
    ("post one event: body is the canonical envelope", build(hook(), [event({"email": "ann@example.com", "n": 1})])),
    ("post keeps app, source and list_id in the envelope",
     build(hook(), [event({"k": "v"}, app="crm", source="recipient", list_id="list-9")])),
    ("post unicode and emoji stay UTF-8", build(hook(), [event({"name": "Zo\u00eb \u5f20\u4f1f \U0001F389", "city": "K\u00f8benhavn"})])),
    ("post url-reserved characters in values", build(hook(), [event({"q": "a&b=c?d#e%f+g/h", "k&=?": "#%+"})])),
    ("post NUL and control characters travel as JSON escapes", build(hook(), [event({"s": "a\u0000b\u0001c\u001fd\te\nf\rg\bh\fi"})])),
    ("post nested data and every JSON kind",
     build(hook(), [event({"o": {"z": 1, "a": [1, -2, None, True, False, "x"]}, "empty": {}, "list": [], "big": 9007199254740993})])),
    ("post batch of two as a JSON array", build(hook(batch_max=10), [event({"i": 1}), event({"i": 2}, type="unsubscribe")])),
    ("post batch hook with one event sends a one-element array", build(hook(batch_max=10), [event({"i": 1})])),
    ("post batch of 100 hostile events", build(hook(batch_max=100), many(100, lambda i: {"i": i, "s": HOSTILE}))),
    ("post caller ids become envelope ids", build(hook(batch_max=2), [event({}), event({})], ids=["evt_a", "evt_B-2.x"])),
    ("post large value", build(hook(), [event({"blob": "x" * 20000})])),
    ("get one event in query key payload", build(hook(method="GET", url="https://example.com/cb"), [event({"email": "ann@example.com"})])),
    ("get appends to an existing query", build(hook(method="GET", url="https://example.com/cb?token=abc"), [event({"n": 1})])),
    ("get hostile data is percent-encoded byte-exact", build(hook(method="GET", url="https://example.com/cb"), [event({"s": HOSTILE})])),
    ("get batch of three as an encoded array",
     build(hook(method="GET", url="https://example.com/cb", batch_max=3), [event({"i": i}) for i in range(3)])),
    ("get batch of 100", build(hook(method="GET", url="https://example.com/cb", batch_max=100), many(100, lambda i: {"i": i, "e": "\U0001F600&"}))),
    ("basic auth header", build(hook(basic_auth={"username": "Aladdin", "password": "open sesame"}), [event({})])),
    ("basic auth with UTF-8 and colon in the password",
     build(hook(basic_auth={"username": "user", "password": "p\u00e4ss:w\u00f6rd \U0001F511"}), [event({})])),
    ("custom headers follow in order",
     build(hook(headers=[{"name": "X-Tenant", "value": "acme"}, {"name": "X-Trace", "value": "a b;c=d"}, {"name": "Authorization", "value": "Bearer tok"}]), [event({})])),
    ("timestamp adds webhook-timestamp", build(hook(), [event({})], timestamp=1614265330)),
    ("version overrides the user agent", build(hook(), [event({})], version="2.3.4-test")),
    ("parameters post: every placeholder",
     build(hook(parameters=["[" + p + "]" for p in PLACEHOLDERS]),
           [event({"email": "ann@example.com", "reason": 3, "message_id": "nl-42", "mobile_prefix": "+39",
                   "mobile_number": "3331234567", "groups": ["vip", 7, "news"], "channel": "sms"},
                  source="recipient", list_id="list-9")], account_id="1234")),
    ("parameters post: absent values are null and channel unknown",
     build(hook(parameters=["[Email]", "[IdList]", "[IdConsole]", "[Channel]", "[Groups]"]), [event({})])),
    ("parameters post: integer account id", build(hook(parameters=["[IdConsole]"]), [event({})], account_id=100)),
    ("parameters post: batch is an array of objects",
     build(hook(batch_max=5, parameters=["[Email]", "[EventType]"]),
           [event({"email": "a@x.org"}), event({"email": "b@x.org"}, type="unsubscribe")])),
    ("parameters post: EventDate keeps the event's offset",
     build(hook(parameters=["[EventDate]"]), [event({}, occurred_at="2024-02-29T23:59:59.999-05:30")])),
    ("parameters post: EventDate in UTC", build(hook(parameters=["[EventDate]"]), [event({}, occurred_at="1999-12-31T23:00:00.000Z")])),
    ("parameters get: each value its own key in hook order",
     build(hook(method="GET", url="https://example.com/cb?k=1",
                parameters=["[Email]", "[Channel]", "[IdList]", "[EventSource]", "[EventDate]"]),
           [event({"email": "a+b&c=d?e#f%g@ex.org", "channel": "social"}, source="api")])),
    ("parameters get: hostile groups", build(hook(method="GET", url="https://example.com/cb", parameters=["[Groups]"]),
                                             [event({"groups": ["a&b", "c=d", "\U0001F600", "e,f"]})])),
    ("encrypted post: base64 of rc4", build(hook(encryption_key="Key"), [event({"email": "ann@example.com"})])),
    ("encrypted get: base64 in payload", build(hook(method="GET", url="https://example.com/cb", encryption_key="s3cr\u00e9t"), [event({"s": HOSTILE})])),
    ("encrypted get with parameters uses payload",
     build(hook(method="GET", url="https://example.com/cb", encryption_key="k", parameters=["[Email]"]), [event({"email": "a@x.org"})])),
    ("encrypted post batch", build(hook(encryption_key="Key", batch_max=3), [event({"i": 1}), event({"i": 2})])),
]

ERROR_CASES = [
    ("error: message id missing", {"hook": hook(), "events": [event({})]},
     [{"field": "message_id", "code": "required"}]),
    ("error: no events", build(hook(), []), [{"field": "events", "code": "required"}]),
    ("error: more events than batch_max", build(hook(), [event({}), event({})]), [{"field": "events", "code": "too_many"}]),
    ("error: more than 100 events", build(hook(batch_max=100), [{}] * 101), [{"field": "events", "code": "too_many"}]),
    ("error: get with parameters refuses a batch",
     build(hook(method="GET", url="https://example.com/cb", batch_max=2, parameters=["[Email]"]), [event({}), event({})]),
     [{"field": "events", "code": "batch_not_supported"}]),
    ("error: bad timestamp and ids", build(hook(), [event({})], timestamp=-5, ids=["a", "b"]),
     [{"field": "timestamp", "code": "invalid_type"}, {"field": "ids", "code": "invalid_type"}]),
    ("error: events not an array", build(hook(), {"type": "subscribe"}), [{"field": "events", "code": "invalid_type"}]),
    ("error: input not an object", "nope", [{"field": "", "code": "invalid_type"}]),
]


def main():
    cases = []
    for name, inp in OK_CASES:
        cases.append({"name": name, "fn": "payload.build", "input": inp, "expect": {"ok": True, "value": expected(inp)}})
    for name, inp, errors in ERROR_CASES:
        cases.append({"name": name, "fn": "payload.build", "input": inp, "expect_subset": {"ok": False, "errors": errors}})
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "payload.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump({"module": "payload", "generated_by": "tests/vectors/oracles/payload_oracle.py", "cases": cases},
                  f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("wrote %d cases to %s" % (len(cases), os.path.normpath(path)))


if __name__ == "__main__":
    main()
