#!/usr/bin/env bash
python3 -c 'import json; d = json.load(open("/workspace/app.json")); d["limits"]["cpu"] = 5136; json.dump(d, open("/workspace/app.json", "w"))'
