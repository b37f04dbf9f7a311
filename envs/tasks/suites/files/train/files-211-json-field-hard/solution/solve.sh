#!/usr/bin/env bash
python3 -c 'import json; d = json.load(open("/workspace/settings.json")); d["name"] = "kettle"; d["server"]["host"] = "cloud"; json.dump(d, open("/workspace/settings.json", "w"))'
