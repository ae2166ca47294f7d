-- wrk script: each connection posts the request bodies in bench/load's body list in turn.
-- The list file names one JSON body file per line (written by run.py).
local bodies = {}

function init(args)
  local list = assert(io.open(args[1], "r"))
  for path in list:lines() do
    local f = assert(io.open(path, "rb"))
    bodies[#bodies + 1] = f:read("*a")
    f:close()
  end
  list:close()
  -- Stagger the threads so they do not all post the same article at once.
  counter = math.random(#bodies) - 1
end

function request()
  counter = counter + 1
  local body = bodies[(counter % #bodies) + 1]
  return wrk.format("POST", "/v1/lint", { ["Content-Type"] = "application/json" }, body)
end
