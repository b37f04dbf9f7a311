#!/usr/bin/env bash
python3 -c 'import json; d = json.load(open("/workspace/settings.json")); d["retries"] = 2134; d["server"]["port"] = 7316; json.dump(d, open("/workspace/settings.json", "w"))'
