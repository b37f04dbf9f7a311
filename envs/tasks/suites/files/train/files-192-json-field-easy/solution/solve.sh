#!/usr/bin/env bash
python3 -c 'import json; d = json.load(open("/workspace/config.json")); d["timeout"] = 1932; json.dump(d, open("/workspace/config.json", "w"))'
