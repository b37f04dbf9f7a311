#!/usr/bin/env bash
python3 -c 'import json; d = json.load(open("/workspace/service.json")); d["port"] = 4011; d["server"]["port"] = 8456; json.dump(d, open("/workspace/service.json", "w"))'
