#!/usr/bin/env bash
python3 -c 'import json; d = json.load(open("/workspace/settings.json")); d["port"] = 9179; json.dump(d, open("/workspace/settings.json", "w"))'
