-- wrk script: POSTs a public form (application/x-www-form-urlencoded) as many different citizens:
-- each request comes "from" its own address (X-Forwarded-For, believed because the benchmark's
-- gunicorn runs with ABDI_TRUSTED_PROXY_COUNT=1, as behind the production proxy) and carries no
-- device cookie, so the per-address and per-device limits count real citizens, not the load
-- generator. The CSRF cookie and field hold the same secret, as a browser's form would.
-- Arguments after `--`: path, body ("{n}" is replaced by a running number), CSRF secret.
dofile(os.getenv("BENCH_DIR") .. "/report_done.lua")

local path, body, secret = "/", "", "benchbenchbenchbenchbenchbench00"
local counter = 0
local threads = 0

function setup(thread)
  threads = threads + 1
  thread:set("thread_number", threads)
end

function init(args)
  path, body, secret = args[1] or path, args[2] or body, args[3] or secret
  math.randomseed(os.time() * 100 + (thread_number or 0))
end

function request()
  counter = counter + 1
  local n = (thread_number or 0) * 10000000 + counter
  local headers = {}
  for name, value in pairs(wrk.headers) do headers[name] = value end
  headers["Content-Type"] = "application/x-www-form-urlencoded"
  headers["Cookie"] = "csrftoken=" .. secret
  headers["X-Forwarded-For"] = string.format("10.%d.%d.%d", math.random(0, 255), math.random(0, 255),
                                             math.random(1, 254))
  local filled = string.gsub(body, "{n}", tostring(n)) .. "&csrfmiddlewaretoken=" .. secret
  return wrk.format("POST", path, headers, filled)
end
