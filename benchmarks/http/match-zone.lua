-- wrk script: POST /match-zone with a different point per request (a pool of 1,000 points around Austin,
-- about a fifth with a ZIP), and the bearer token from the TOKEN environment variable.
local token = os.getenv("TOKEN") or ""
local requests = {}

function init(args)
  math.randomseed(1234 + (tonumber(args[1]) or 0))
  local headers = { ["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json" }
  for i = 1, 1000 do
    local lat = 30.10 + math.random() * 0.45
    local lng = -97.95 + math.random() * 0.40
    local body
    if i % 5 == 0 then
      body = string.format('{"lat":%.6f,"lng":%.6f,"zip":"78704"}', lat, lng)
    else
      body = string.format('{"lat":%.6f,"lng":%.6f}', lat, lng)
    end
    requests[i] = wrk.format("POST", "/match-zone", headers, body)
  end
end

local n = 0
function request()
  n = n + 1
  return requests[(n % #requests) + 1]
end
