-- SPDX-License-Identifier: LicenseRef-Factora-Proprietary
-- wrk script: POST the payment notifications of notifications.txt, each once: wrk thread k of n sends lines
-- CV_OFFSET + k, CV_OFFSET + k + n, ... Past the end it wraps around (replays) and says so in done().
-- Env: CV_PATH (the notification path), CV_DATA (the folder of bench_cajavecina_prepare's files), CV_OFFSET (the
-- first line to send, 0-based: a later run continues after the lines an earlier one sent).
local bodies = {}
for line in io.lines(os.getenv("CV_DATA") .. "/notifications.txt") do bodies[#bodies + 1] = line end
local path = os.getenv("CV_PATH")
local all = {}
local stride = 1
local offset = 0
local sent = 0

function setup(thread)
    thread:set("index", #all)
    all[#all + 1] = thread
end

function init(args)
    stride = tonumber(os.getenv("CV_THREADS") or "1")
    offset = tonumber(os.getenv("CV_OFFSET") or "0")
end

function request()
    local i = offset + (index or 0) + sent * stride
    sent = sent + 1
    return wrk.format("POST", path, { ["Content-Type"] = "application/json" }, bodies[i % #bodies + 1])
end

function done(summary, latency, requests)
    if offset + summary.requests > #bodies then
        io.stderr:write(string.format("notification bench: %d requests for %d bodies: some were replays\n",
                                      summary.requests, #bodies))
    end
end
