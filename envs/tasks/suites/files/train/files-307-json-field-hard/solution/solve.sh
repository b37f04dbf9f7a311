#!/usr/bin/env bash
python3 -c 'import json; d = json.load(open("/workspace/service.json")); d["name"] = "tiger"; d["server"]["port"] = 4121; json.dump(d, open("/workspace/service.json", "w"))'
