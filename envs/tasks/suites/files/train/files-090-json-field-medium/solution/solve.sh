#!/usr/bin/env bash
python3 -c 'import json; d = json.load(open("/workspace/service.json")); d["limits"]["memory"] = 4935; json.dump(d, open("/workspace/service.json", "w"))'
