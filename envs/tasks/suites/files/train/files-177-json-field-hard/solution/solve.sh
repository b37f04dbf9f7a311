#!/usr/bin/env bash
python3 -c 'import json; d = json.load(open("/workspace/service.json")); d["port"] = 7793; d["server"]["port"] = 7116; json.dump(d, open("/workspace/service.json", "w"))'
