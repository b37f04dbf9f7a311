#!/usr/bin/env bash
python3 -c 'import json; d = json.load(open("/workspace/service.json")); d["port"] = 7865; d["limits"]["memory"] = 9152; json.dump(d, open("/workspace/service.json", "w"))'
