-- wrk script for scripts/soak: one route per wrk process, chosen by the first script argument
-- (wrk ... -s soak.lua URL -- ROUTE [RUN_TAG]):
--   match   POST /match-zone with a varying point (a pool of 1,000 points around Austin, a fifth with a ZIP;
--           the idea of benchmarks/http/match-zone.lua)
--   list    GET /api/customers?limit=20, pages 1 and 2 by three sorts (name_asc, enrolled_newest, name_desc)
--   create  POST /api/customers with a unique e-mail per request (run tag, thread number, counter) and an
--           address from a fixed pool of 240 (so the geocoder's cache, an LRU of 10,000, is saturated during the
--           warm-up and cannot masquerade as a leak)
-- The bearer token comes from the TOKEN environment variable.
--
-- Every response is counted by status class (1xx … 5xx) in response(); done() adds the threads up and prints
-- one machine-readable line for scripts/soak, plus up to three distinct samples of unexpected (>= 400) responses
-- per thread:
--   SOAK route=… requests=… duration_us=… s1xx=… s2xx=… s3xx=… s4xx=… s5xx=… connect=… read=… write=… timeout=… status_errors=… p50_ms=… p99_ms=… max_ms=…
--   SOAK-SAMPLE route=… status=… body=…

local token = os.getenv("TOKEN") or ""
local threads = {}
local thread_count = 0

function setup(thread)
  thread_count = thread_count + 1
  thread:set("thread_no", thread_count)
  table.insert(threads, thread)
end

-- Per-thread state (each wrk thread has its own Lua state; these globals are read back by done()).
route = "match"
tag = "run"
s1xx, s2xx, s3xx, s4xx, s5xx = 0, 0, 0, 0, 0
samples = ""
nsamples = 0
local seen = {}

local token_headers = { ["Authorization"] = "Bearer " .. token }
local json_headers = { ["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json" }
local pool = {}
local counter = 0

local streets = {
  { "Congress Ave", "78701" }, { "Guadalupe St", "78705" }, { "E 6th St", "78701" },
  { "S Lamar Blvd", "78704" }, { "Burnet Rd", "78757" }, { "E Riverside Dr", "78741" },
}

function init(args)
  route = args[1] or "match"
  tag = args[2] or "run"
  local no = tonumber(thread_no) or 0
  math.randomseed(1234 + no)
  if route == "match" then
    for i = 1, 1000 do
      local lat = 30.10 + math.random() * 0.45
      local lng = -97.95 + math.random() * 0.40
      local body
      if i % 5 == 0 then
        body = string.format('{"lat":%.6f,"lng":%.6f,"zip":"78704"}', lat, lng)
      else
        body = string.format('{"lat":%.6f,"lng":%.6f}', lat, lng)
      end
      pool[i] = wrk.format("POST", "/match-zone", json_headers, body)
    end
  elseif route == "list" then
    local sorts = { "name_asc", "enrolled_newest", "name_desc" }
    for i = 1, 6 do
      local path = string.format("/api/customers?limit=20&page=%d&sort=%s", (i - 1) % 2 + 1, sorts[(i - 1) % 3 + 1])
      pool[i] = wrk.format("GET", path, token_headers)
    end
  elseif route == "create" then
    -- built per request in request()
  else
    error("soak.lua: unknown route " .. tostring(route) .. " (match, list or create)")
  end
end

function request()
  counter = counter + 1
  if route == "create" then
    local street = streets[(counter % #streets) + 1]
    local number = 100 + (counter % 40) * 25 -- 40 numbers x 6 streets = 240 distinct addresses
    local body = string.format(
      '{"name":"Soak %s %d-%d","email":"soak-%s-%d-%d@example.com","address":"%d %s, Austin, TX %s"}',
      tag, thread_no, counter, tag, thread_no, counter, number, street[1], street[2])
    return wrk.format("POST", "/api/customers", json_headers, body)
  end
  return pool[(counter % #pool) + 1]
end

function response(status, headers, body)
  if status < 200 then s1xx = s1xx + 1
  elseif status < 300 then s2xx = s2xx + 1
  elseif status < 400 then s3xx = s3xx + 1
  elseif status < 500 then s4xx = s4xx + 1
  else s5xx = s5xx + 1 end
  if status >= 400 and nsamples < 3 then
    local line = string.format("SOAK-SAMPLE route=%s status=%d body=%s\n", route, status,
      (string.sub(body or "", 1, 200):gsub("[\r\n]", " ")))
    if not seen[line] then -- distinct samples only
      seen[line] = true
      nsamples = nsamples + 1
      samples = samples .. line
    end
  end
end

function done(summary, latency, requests)
  local c = { 0, 0, 0, 0, 0 }
  local all_samples = ""
  local name = "?"
  for _, t in ipairs(threads) do
    c[1] = c[1] + (t:get("s1xx") or 0)
    c[2] = c[2] + (t:get("s2xx") or 0)
    c[3] = c[3] + (t:get("s3xx") or 0)
    c[4] = c[4] + (t:get("s4xx") or 0)
    c[5] = c[5] + (t:get("s5xx") or 0)
    all_samples = all_samples .. (t:get("samples") or "")
    name = t:get("route") or name
  end
  local e = summary.errors
  io.write(string.format(
    "SOAK route=%s requests=%d duration_us=%d s1xx=%d s2xx=%d s3xx=%d s4xx=%d s5xx=%d connect=%d read=%d write=%d timeout=%d status_errors=%d p50_ms=%.2f p99_ms=%.2f max_ms=%.2f\n",
    name, summary.requests, summary.duration, c[1], c[2], c[3], c[4], c[5],
    e.connect, e.read, e.write, e.timeout, e.status,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
  io.write(all_samples)
end
