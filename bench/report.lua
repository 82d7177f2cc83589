-- wrk script: rotates over the request paths given after `--`, and prints one JSON line at the end
-- (wrk itself shows p50/p75/p90/p99 only; the benchmark needs p95).
local paths = {}
local counter = 0

function init(args)
  for _, path in ipairs(args) do
    paths[#paths + 1] = path
  end
end

function request()
  if #paths == 0 then
    return wrk.format(nil)
  end
  counter = counter + 1
  return wrk.format(nil, paths[(counter % #paths) + 1])
end

dofile(os.getenv("BENCH_DIR") .. "/report_done.lua")
