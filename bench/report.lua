-- wrk script: rotates over the request paths given after `--`, and prints one JSON line at the end
-- (wrk itself shows p50/p75/p90/p99 only; the benchmark needs p95).
-- Each wrk thread starts at its own share of the list (BENCH_WRK_THREADS shares), so two
-- threads never ask for the same path at the same moment: a "cold" scenario stays cold.
local paths = {}
local counter = 0
local threads_made = 0

function setup(thread)
  thread:set("thread_index", threads_made)
  threads_made = threads_made + 1
end

function init(args)
  for _, path in ipairs(args) do
    paths[#paths + 1] = path
  end
  local shares = tonumber(os.getenv("BENCH_WRK_THREADS") or "1")
  counter = math.floor(#paths * (thread_index or 0) / shares)
end

function request()
  if #paths == 0 then
    return wrk.format(nil)
  end
  counter = counter + 1
  return wrk.format(nil, paths[(counter % #paths) + 1])
end

dofile(os.getenv("BENCH_DIR") .. "/report_done.lua")
