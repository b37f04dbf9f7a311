#!/usr/bin/env bash
python3 -c 'import json; d = json.load(open("/workspace/service.json")); d["timeout"] = 1558; json.dump(d, open("/workspace/service.json", "w"))'
