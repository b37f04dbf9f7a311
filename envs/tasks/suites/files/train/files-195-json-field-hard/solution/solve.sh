#!/usr/bin/env bash
python3 -c 'import json; d = json.load(open("/workspace/app.json")); d["port"] = 6210; d["server"]["host"] = "delta"; json.dump(d, open("/workspace/app.json", "w"))'
