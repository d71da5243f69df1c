-- wrk script: POST /match/default with one single-name query, cycling through names read
-- from the file in the environment variable CORDON_NAMES (one a line).
local names = {}
local path = os.getenv("CORDON_NAMES")
if path then
  for line in io.lines(path) do
    if #line > 0 then names[#names + 1] = line:gsub('\\', '\\\\'):gsub('"', '\\"') end
  end
end
if #names == 0 then names = {"Mohammed Omar"} end

local counter = 0
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local key = os.getenv("CORDON_API_KEY")
if key then wrk.headers["Authorization"] = "Bearer " .. key end

request = function()
  counter = counter + 1
  local name = names[(counter % #names) + 1]
  local body = '{"queries": {"q": {"schema": "Person", "properties": {"name": ["' .. name .. '"]}}}}'
  return wrk.format(nil, "/match/default", nil, body)
end

done = function(summary, latency, requests)
  io.write(string.format(
      "JSON {\"requests\": %d, \"seconds\": %.2f, \"rps\": %.0f, \"p50_ms\": %.2f, \"p90_ms\": %.2f, \"p99_ms\": %.2f, \"errors_connect\": %d, \"errors_read\": %d, \"errors_write\": %d, \"errors_status\": %d, \"errors_timeout\": %d}\n",
      summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
      latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
      summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.status,
      summary.errors.timeout))
end
