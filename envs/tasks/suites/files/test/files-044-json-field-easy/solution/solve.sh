#!/usr/bin/env bash
python3 -c 'import json; d = json.load(open("/workspace/config.json")); d["port"] = 8707; json.dump(d, open("/workspace/config.json", "w"))'
