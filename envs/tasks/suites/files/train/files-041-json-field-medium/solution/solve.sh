#!/usr/bin/env bash
python3 -c 'import json; d = json.load(open("/workspace/service.json")); d["limits"]["cpu"] = 3609; json.dump(d, open("/workspace/service.json", "w"))'
