-- GET a rotating list of paths (one per line in the file named by WRK_PATHS_FILE), so each
-- request asks for a different page: a measure of rendering, not of the page cache.
dofile("bench/wrk/report.lua")

local paths = {}
local next_index = 1
statuses = {}

function init(args)
  for line in io.lines(os.getenv("WRK_PATHS_FILE")) do
    if line ~= "" then table.insert(paths, line) end
  end
  -- Threads start at different places in the list so they do not ask for the same pages.
  next_index = ((id or 0) * math.floor(#paths / 2)) % #paths + 1
end

function request()
  local path = paths[next_index]
  next_index = next_index % #paths + 1
  return wrk.format("GET", path)
end

function response(status, headers, body)
  local key = tostring(status)
  local hit = headers["X-Page-Cache"] or headers["x-page-cache"]
  if hit == "hit" then key = key .. " cache-hit" end
  statuses[key] = (statuses[key] or 0) + 1
end
