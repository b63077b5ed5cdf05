-- SPDX-License-Identifier: LicenseRef-Factora-Proprietary
-- wrk script: GET the debt query for the debtors of ruts.txt in turn (each wrk thread starts at its own offset).
-- Env: CV_PATH (the query path), CV_DATA (the folder of bench_cajavecina_prepare's files).
local ruts = {}
for line in io.lines(os.getenv("CV_DATA") .. "/ruts.txt") do ruts[#ruts + 1] = line end
local path = os.getenv("CV_PATH")
local counter = 0
local threads = 0

function setup(thread)
    thread:set("offset", threads * 7919)
    threads = threads + 1
end

function request()
    counter = counter + 1
    local rut = ruts[((offset or 0) + counter) % #ruts + 1]
    return wrk.format("GET", path .. "?type=String&rut_cliente=" .. rut)
end
