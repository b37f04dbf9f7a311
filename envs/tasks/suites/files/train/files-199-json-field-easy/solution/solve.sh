#!/usr/bin/env bash
python3 -c 'import json; d = json.load(open("/workspace/config.json")); d["retries"] = 6118; json.dump(d, open("/workspace/config.json", "w"))'
