#!/usr/bin/env bash
python3 -c 'import json; d = json.load(open("/workspace/settings.json")); d["name"] = "maple"; json.dump(d, open("/workspace/settings.json", "w"))'
