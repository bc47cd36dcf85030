-- wrk script: POST one household to /api/v1/calculate at a steady pace.
-- Each connection waits PACE_MS between requests, so C connections offer about C * 1000 / PACE_MS
-- requests a second (e.g. 12 connections, 20 ms: at most 600/s). wrk is closed-loop: a slow answer
-- delays that connection's next request, so the offered rate is a ceiling, and wrk reports the
-- rate it actually reached.
local f = assert(io.open(os.getenv("BODY") or "calculate-household.json", "r"))
wrk.method = "POST"
wrk.body = f:read("*a")
f:close()
wrk.headers["Content-Type"] = "application/json"
local pace = tonumber(os.getenv("PACE_MS") or "20")

function delay()
  return pace
end
