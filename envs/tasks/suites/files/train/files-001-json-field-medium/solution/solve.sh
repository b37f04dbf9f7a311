#!/usr/bin/env bash
python3 -c 'import json; d = json.load(open("/workspace/app.json")); d["limits"]["memory"] = 948; json.dump(d, open("/workspace/app.json", "w"))'
