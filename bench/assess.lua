-- wrk script for POST /api/risk/assess: cycles through request bodies, one JSON per line.
-- Usage: wrk -s bench/assess.lua URL -- BODIES_FILE API_KEY
local bodies = {}
local next_index = 1
local key = nil

function init(args)
  for line in io.lines(args[1]) do
    bodies[#bodies + 1] = line
  end
  key = args[2]
  next_index = math.random(#bodies)
end

function request()
  next_index = next_index % #bodies + 1
  return wrk.format("POST", "/api/risk/assess",
    { ["Content-Type"] = "application/json", ["X-API-Key"] = key }, bodies[next_index])
end
