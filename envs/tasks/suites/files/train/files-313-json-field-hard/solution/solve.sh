#!/usr/bin/env bash
python3 -c 'import json; d = json.load(open("/workspace/service.json")); d["timeout"] = 3939; d["owner"]["name"] = "timber"; json.dump(d, open("/workspace/service.json", "w"))'
