#!/usr/bin/env bash
python3 -c 'import json; d = json.load(open("/workspace/config.json")); d["mode"] = "lotus"; d["limits"]["memory"] = 5132; json.dump(d, open("/workspace/config.json", "w"))'
