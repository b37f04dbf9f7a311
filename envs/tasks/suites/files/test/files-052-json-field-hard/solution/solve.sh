#!/usr/bin/env bash
python3 -c 'import json; d = json.load(open("/workspace/settings.json")); d["retries"] = 9757; d["limits"]["memory"] = 5998; json.dump(d, open("/workspace/settings.json", "w"))'
