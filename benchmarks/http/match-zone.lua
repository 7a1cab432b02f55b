-- wrk script: POST /match-zone with a different point per request (a pool of 1,000 points) and the bearer token
-- from the TOKEN environment variable. Points are uniform over BOX="minLng,minLat,maxLng,maxLat" (default: around
-- Austin). ZIP_EVERY=N adds "zip":"78704" to every Nth body (default 5 without BOX, 0 with it). LAT fixes every
-- latitude (LAT=300 gives the 422 load).
local token = os.getenv("TOKEN") or ""
local requests = {}

local function box()
  local text = os.getenv("BOX")
  if not text or text == "" then
    return -97.95, 30.10, -97.55, 30.55, 5
  end
  local v = {}
  for number in string.gmatch(text, "[^,]+") do
    v[#v + 1] = tonumber(number)
  end
  assert(#v == 4, "BOX must be minLng,minLat,maxLng,maxLat")
  return v[1], v[2], v[3], v[4], 0
end

function init(args)
  math.randomseed(1234 + (tonumber(args[1]) or 0))
  local headers = { ["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json" }
  local min_lng, min_lat, max_lng, max_lat, zip_every = box()
  zip_every = tonumber(os.getenv("ZIP_EVERY") or "") or zip_every
  local fixed_lat = tonumber(os.getenv("LAT") or "")
  for i = 1, 1000 do
    local lat = fixed_lat or (min_lat + math.random() * (max_lat - min_lat))
    local lng = min_lng + math.random() * (max_lng - min_lng)
    local body
    if zip_every > 0 and i % zip_every == 0 then
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
