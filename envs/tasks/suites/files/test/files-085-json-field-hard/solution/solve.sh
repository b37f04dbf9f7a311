#!/usr/bin/env bash
python3 -c 'import json; d = json.load(open("/workspace/settings.json")); d["port"] = 3647; d["limits"]["cpu"] = 3211; json.dump(d, open("/workspace/settings.json", "w"))'
