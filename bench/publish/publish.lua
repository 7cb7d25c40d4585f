-- wrk script: POST /v1/{account}/events with a Bearer key, the same event every time.
--   wrk -t1 -c10 -d15s -s publish.lua http://127.0.0.1:PORT -- ACCOUNT KEY
-- PUBLISH_RATE=N (events/s per wrk thread; run paced with -t1) paces requests on an
-- absolute per-thread schedule instead of as fast as answers come back. A fixed
-- delay() per request would make the rate depend on the latency being measured,
-- and wrk only honours whole milliseconds; an absolute schedule averages both out.
-- done() prints one WRK_RESULT line that bench/publish/wrk_run.sh parses.
local body = '{"type":"optin_finalized","occurred_at":"2026-01-31T12:00:00Z","data":{"email":"a@b.c"}}'

function init(args)
  wrk.method = "POST"
  wrk.path = "/v1/" .. args[1] .. "/events"
  wrk.headers["Authorization"] = "Bearer " .. args[2]
  wrk.headers["Content-Type"] = "application/json"
  wrk.body = body
end

local rate = tonumber(os.getenv("PUBLISH_RATE") or "")
-- delay() must exist (or not) in every Lua state, wrk decides on pacing from the main one.
if rate and rate > 0 then
  local ffi = require("ffi")
  ffi.cdef [[
    typedef struct { long tv_sec; long tv_nsec; } hw_timespec;
    int clock_gettime(int clk_id, hw_timespec *tp);
  ]]
  local ts = ffi.new("hw_timespec")
  local function now_ms()
    ffi.C.clock_gettime(1, ts)  -- CLOCK_MONOTONIC
    return tonumber(ts.tv_sec) * 1000 + tonumber(ts.tv_nsec) / 1e6
  end
  local interval = 1000 / rate
  -- After a stall, slots up to this far behind are still sent (at once): clients keep
  -- publishing while the server is slow. Further behind, the schedule restarts, so a
  -- slow server shows as a lower achieved rate rather than as a saturation run.
  local max_lag_ms = 100
  local next_slot
  function delay()
    local now = now_ms()
    if not next_slot or next_slot < now - max_lag_ms then next_slot = now end
    next_slot = next_slot + interval
    return math.max(0, next_slot - now)
  end
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    "WRK_RESULT requests=%d duration_us=%d p50_us=%d p90_us=%d p99_us=%d max_us=%d" ..
    " errors_status=%d errors_socket=%d\n",
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(90),
    latency:percentile(99), latency.max, e.status, e.connect + e.read + e.write + e.timeout))
end
